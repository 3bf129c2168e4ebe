"""`storyline eval coverage TOPIC_DIR [--seed N] [--limit N]`: a judging sheet from real coverage.

The annotated benchmarks are clean newswire; real coverage is where the record breaks. This
ingests one Timeline17 topic (converted as `t17_to_jsonl.py -n 140` does: N non-empty articles
at even steps in publication order, Penn-Treebank tokenisation undone, one line per article)
through the normal pipeline into a cached store, then draws a sample to judge by reading:
50 random quotes, the 40 most mentioned people, 40 random rows of the default timeline (what
`storyline timeline` shows) and 30 random positions,
each with the evidence needed to judge it. The same topic, article count and seed always give
the same sample (the store is cached per topic, count and source code of the package).

`storyline eval coverage SHEET.md` counts the judgements written into a sheet ("yes"/"no" in
place of "?") and prints the precision per kind.
"""
from __future__ import annotations

import json
import os
import random
import re
import tempfile
from pathlib import Path

from storyline.eval.cache import cache_root, code_fingerprint, kept_store

from storyline.store import Store

DEFAULT_ARTICLES = 140
SAMPLE_SIZES = {"quotes": 50, "people": 40, "timeline": 40, "positions": 30}
CONTEXT_CHARS = 300
# What each kind of row is judged on; a sheet line "- speaker right: ?" is filled with yes or no.
JUDGED = {
    "quotes": ("speaker right", "span right"),
    "people": ("one real person",),
    "timeline": ("row right",),
    "positions": ("position right",),
}
BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "\\/": "/"}
JUDGEMENT_LINE = re.compile(r"^- (?P<question>[a-z ]+): (?P<answer>yes|no|\?)(?=\s|$)", re.M)
SECTION = re.compile(r"^## (?P<kind>quotes|people|timeline|positions)\b", re.M)


# ---------------------------------------------------------------- the topic as articles


def detokenise(text: str, directed_quotes: bool = False) -> str:
    """Timeline17's Penn-Treebank tokens back to running text (-LRB-, ``, '' , spaces before
    punctuation); the same conversion as ../shared/tools/t17_to_jsonl.py. That conversion writes
    every `` and '' as a straight '"' and pairs them alternately, so one quote left open by the
    multi-paragraph convention ('`` A . `` B . '' ') turns every later pair of the article inside out;
    `directed_quotes` keeps which way each mark faces, as “ and ” (what the page itself had)."""
    for token, char in BRACKETS.items():
        text = text.replace(token, char)
    if directed_quotes:
        text = re.sub(r"``\s*", "“", text)
        text = re.sub(r"\s*''", "”", text)
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([.,;:?!%])", r"\1", text)
    text = re.sub(r"\s+('s|'re|'ve|'ll|'d|'m|n't)\b", r"\1", text)
    text = re.sub(r"\$\s+(\d)", r"$\1", text)
    pieces = text.split('"')
    out = pieces[0]
    for i, piece in enumerate(pieces[1:]):
        out = out + '"' + piece.lstrip() if i % 2 == 0 else out.rstrip() + '"' + piece
    return re.sub(r"\s+", " ", out).strip()


def topic_articles(folder: str | Path, n: int = DEFAULT_ARTICLES) -> list[dict]:
    """N non-empty articles of a Timeline17 topic at even steps in publication order, as JSONL records."""
    folder = Path(folder)
    articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    articles = [a for a in articles if (a.get("text") or "").strip()]
    articles.sort(key=lambda a: (a["dct"], str(a["uid"])))
    if n and n < len(articles):
        steps = sorted({round(i * (len(articles) - 1) / (n - 1)) for i in range(n)}) if n > 1 else [0]
        articles = [articles[i] for i in steps]
    outlet = folder.name.split("_", 1)[-1]
    return [{"text": detokenise(a.get("text") or "", directed_quotes=True), "published": a["dct"][:10], "outlet": outlet,
             "url": f"https://timeline17.example/{folder.name}/{a['uid']}"} for a in articles]


def topic_store(folder: str | Path, n: int = DEFAULT_ARTICLES) -> tuple[Store, Path, list[str]]:
    """The topic ingested through the normal pipeline, from the cache when this code already did it.
    Returns the store, its path and the ingest error lines."""
    from storyline.pipeline import ingest

    folder = Path(folder)
    path = cache_root() / "coverage" / f"{folder.name}-n{n}-{code_fingerprint()}.db"
    errors: list[str] = []

    def fill(store: Store) -> None:
        with tempfile.TemporaryDirectory() as scratch:
            jsonl = Path(scratch) / f"{folder.name}.jsonl"
            with jsonl.open("w", encoding="utf-8") as handle:
                for record in topic_articles(folder, n):
                    handle.write(json.dumps(record) + "\n")
            ingest(store, [str(jsonl)], on_error=errors.append)

    store, _ = kept_store(path, fill)
    return store, path, errors


# ---------------------------------------------------------------- the sample


def draw_sample(store: Store, seed: int = 0, sizes: dict[str, int] | None = None) -> dict[str, list[dict]]:
    """Rows to judge, each with its evidence; rows are drawn from id-sorted lists so the same store
    and seed give the same sample."""
    from storyline.export.records import position_records, quote_records, timeline_records
    from storyline.store.queries import entity_names, entity_records

    sizes = {**SAMPLE_SIZES, **(sizes or {})}
    rng = random.Random(seed)
    texts = {doc.id: doc.text for doc in store.documents()}
    names = entity_names(store)

    quotes = sorted(quote_records(store, statements_only=True), key=lambda q: q["id"])  # what `storyline quotes` lists
    quote_rows = [_quote_row(q, texts, names) for q in _pick(rng, quotes, sizes["quotes"])]

    people = [e for e in entity_records(store) if e["type"] == "PERSON"]
    people.sort(key=lambda e: (-len(e["mentions"]), e["name"], e["id"]))
    people_rows = [_person_row(e, texts, rng) for e in people[: sizes["people"]]]

    events = sorted(timeline_records(store), key=lambda e: e["id"])  # the rows `storyline timeline` shows
    timeline_rows = [_event_row(e, texts, names) for e in _pick(rng, events, sizes["timeline"])]

    positions = sorted(position_records(store), key=lambda p: (p["actor"], p.get("date") or "", p["topic"],
                                                               json.dumps(p.get("evidence"), sort_keys=True)))
    position_rows = [_position_row(p, texts, names) for p in _pick(rng, positions, sizes["positions"])]
    return {"quotes": quote_rows, "people": people_rows, "timeline": timeline_rows, "positions": position_rows}


def _pick(rng: random.Random, items: list, k: int) -> list:
    if len(items) <= k:
        return list(items)
    return [items[i] for i in sorted(rng.sample(range(len(items)), k))]


def _context(text: str, start: int, end: int, before: int = CONTEXT_CHARS, after: int = 120) -> str:
    """The passage around [start, end) with the span in [[ ]] (one line, for the sheet)."""
    left = text[max(0, start - before):start]
    right = text[end:end + after]
    passage = f"{'…' if start > before else ''}{left}[[{text[start:end]}]]{right}{'…' if end + after < len(text) else ''}"
    return re.sub(r"\s+", " ", passage)


def _quote_row(quote: dict, texts: dict[str, str], names: dict[str, str]) -> dict:
    text = texts.get(quote["doc"], "")
    first = min(quote["start"], quote.get("speaker_start") or quote["start"], quote.get("cue_start") or quote["start"])
    last = max(quote["end"], quote.get("speaker_end") or 0, quote.get("cue_end") or 0)
    return {
        "id": quote["id"], "speaker_text": quote.get("speaker_text"),
        "speaker": names.get(quote.get("speaker")) if quote.get("speaker") else None,
        "cue": quote.get("cue"), "negated": quote.get("negated", False), "kind": quote["kind"],
        "date": quote.get("date"), "chars": quote["end"] - quote["start"], "quote": quote["text"],
        "context": _context(text, quote["start"], quote["end"], before=CONTEXT_CHARS + quote["start"] - first,
                            after=120 + max(0, last - quote["end"])),
    }


def _person_row(entity: dict, texts: dict[str, str], rng: random.Random) -> dict:
    mentions = entity["mentions"]
    shown = [mentions[i] for i in sorted(rng.sample(range(len(mentions)), min(3, len(mentions))))]
    return {
        "id": entity["id"], "name": entity["name"], "aliases": entity.get("aliases", []),
        "roles": [r.get("role") for r in entity.get("roles", [])][:5], "mentions": len(mentions),
        "documents": len({m["doc"] for m in mentions}),
        "examples": [_context(texts.get(m["doc"], ""), m["start"], m["end"], before=100, after=80) for m in shown],
    }


def _event_row(event: dict, texts: dict[str, str], names: dict[str, str]) -> dict:
    evidence = event["mentions"][0] if event.get("mentions") else None
    return {
        "id": event["id"], "date": event.get("date") or event.get("date_range"), "type": event.get("type"),
        "headline": event.get("headline"), "summary": event.get("summary"),
        "participants": [names.get(p, p) for p in event.get("participants", [])],
        "sources": len(event.get("sources", [])),
        "context": _context(texts.get(evidence["doc"], ""), evidence["start"], evidence["end"], 150, 80)
        if evidence else None,
    }


def _position_row(position: dict, texts: dict[str, str], names: dict[str, str]) -> dict:
    evidence = position.get("evidence") or {}
    return {
        "actor": names.get(position["actor"], position["actor"]), "topic": position.get("topic"),
        "issue_family": position.get("issue_family"), "stance": position.get("stance"),
        "date": position.get("date") or position.get("date_range"), "previous": position.get("previous"),
        "context": _context(texts.get(evidence.get("doc"), ""), evidence["start"], evidence["end"], 150, 80)
        if evidence.get("doc") else None,
    }


# ---------------------------------------------------------------- the sheet


def render_sheet(result: dict) -> str:
    """The sample as Markdown, one block per row, each question answered '?' until judged."""
    lines = [f"# Coverage judging sheet: {result['topic']}", "",
             f"Command: `{result['command']}`", "",
             f"Store: {result['articles']} articles requested, {result['documents']} stored; "
             f"{result['counts']['quotes']} quotes ({result['counts'].get('statements', '?')} of them statements of a known "
             f"speaker, what `storyline quotes` lists and the sample below is drawn from), {result['counts']['people']} people, "
             f"{result['counts']['timeline']} rows in the default timeline, {result['counts']['positions']} positions.", "",
             "Replace each `?` with `yes` or `no`; `storyline eval coverage THIS_FILE` counts them.", ""]
    sample = result["sample"]
    lines += ["## quotes", "", "Speaker right: the record names who said it: the linked entity, or with no entity "
              "a speaker text that names or describes the speaker ('a BP spokesman'); a pronoun left unresolved "
              "counts as no (note 'unresolved'). Span right: the quote is a statement and is what was said, "
              "whole and nothing else (no comment text, no cue or speaker inside).", ""]
    for n, row in enumerate(sample["quotes"], 1):
        lines += [f"### Q{n} `{row['id']}` ({row['kind']}, {row['chars']} chars, date {row['date']})", "",
                  f"- speaker_text: {row['speaker_text']!r} -> entity: {row['speaker']!r}; cue: {row['cue']!r}"
                  f"{' (negated)' if row['negated'] else ''}",
                  f"- quote: {_one_line(row['quote'], 600)}", f"- context: {row['context']}"]
        lines += [f"- {question}: ?" for question in JUDGED["quotes"]] + [""]
    lines += ["## people", "", "One real person: the entity is one real person (not a place, an organisation, "
              "furniture or two people merged).", ""]
    for n, row in enumerate(sample["people"], 1):
        lines += [f"### P{n} {row['name']} ({row['mentions']} mentions in {row['documents']} documents)", "",
                  f"- aliases: {', '.join(row['aliases']) or '-'}; roles: {', '.join(filter(None, row['roles'])) or '-'}"]
        lines += [f"- example: {example}" for example in row["examples"]]
        lines += [f"- {question}: ?" for question in JUDGED["people"]] + [""]
    lines += ["## timeline", "", "Row right: a real happening of the story, on that date, summarised from a source.", ""]
    for n, row in enumerate(sample["timeline"], 1):
        lines += [f"### T{n} `{row['id']}` {row['date']} {row['type']} ({row['sources']} sources)", "",
                  f"- headline: {row['headline']}", f"- summary: {_one_line(row['summary'] or '', 400)}",
                  f"- participants: {', '.join(row['participants']) or '-'}", f"- context: {row['context']}"]
        lines += [f"- {question}: ?" for question in JUDGED["timeline"]] + [""]
    lines += ["## positions", "", "Position right: the actor holds that stance on that topic, as of that date.", ""]
    for n, row in enumerate(sample["positions"], 1):
        lines += [f"### S{n} {row['actor']} on {row['topic']!r} ({row['issue_family']}) {row['date']}", "",
                  f"- stance: {row['stance']}; previous: {row['previous']}", f"- context: {row['context']}"]
        lines += [f"- {question}: ?" for question in JUDGED["positions"]] + [""]
    return "\n".join(lines)


def _one_line(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= limit else text[:limit] + f"… [{len(text)} chars]"


def tally(sheet: str) -> dict[str, dict[str, dict[str, int]]]:
    """kind -> question -> {'yes', 'no', 'open'} counts of a judged sheet."""
    counts: dict[str, dict[str, dict[str, int]]] = {}
    sections = list(SECTION.finditer(sheet))
    for k, section in enumerate(sections):
        body = sheet[section.end(): sections[k + 1].start() if k + 1 < len(sections) else len(sheet)]
        kind = counts.setdefault(section["kind"], {})
        for line in JUDGEMENT_LINE.finditer(body):
            answer = {"yes": "yes", "no": "no"}.get(line["answer"], "open")
            kind.setdefault(line["question"], {"yes": 0, "no": 0, "open": 0})[answer] += 1
    return counts


# ---------------------------------------------------------------- the evaluation interface


def run(path: str, limit: int | None = None, seed: int = 0) -> dict:
    """A topic folder: ingest (cached) and draw the sample. A Markdown file: tally its judgements."""
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as handle:
            return {"sheet": path, "tally": tally(handle.read())}
    if not os.path.isfile(os.path.join(path, "articles.json")):
        raise FileNotFoundError("no articles.json (expected a Timeline17 topic folder or a judged sheet)")
    n = limit or DEFAULT_ARTICLES
    from storyline.export.records import iter_quotes, timeline_records
    from storyline.store.queries import table_counts

    store, store_path, errors = topic_store(path, n)
    try:
        sample = draw_sample(store, seed)
        stored = table_counts(store)
        counts = {"quotes": stored["quotes"], "statements": sum(1 for _ in iter_quotes(store, statements_only=True)),
                  "people": stored["people"], "timeline": len(timeline_records(store)),
                  "positions": stored["positions"]}
        documents = store.document_count()
    finally:
        store.close()
    command = f"storyline eval coverage {path}{f' --limit {limit}' if limit else ''} --seed {seed}"
    return {"topic": os.path.basename(os.path.normpath(path)), "command": command, "store": str(store_path),
            "articles": n, "documents": documents, "ingest_errors": errors, "counts": counts,
            "seed": seed, "sample": sample}


def format_report(result: dict) -> str:
    if "tally" not in result:
        return render_sheet(result)
    lines = [f"judgements in {result['sheet']}:"]
    for kind, questions in result["tally"].items():
        for question, c in questions.items():
            judged = c["yes"] + c["no"]
            share = f"{c['yes'] / judged:.0%}" if judged else "-"
            open_note = f" ({c['open']} not judged)" if c["open"] else ""
            lines.append(f"  {kind:9} {question:16} {c['yes']}/{judged} = {share}{open_note}")
    return "\n".join(lines)
