"""One output layer for every listing command: the same records as a table, JSON, JSON Lines, CSV
or Markdown.

A `Listing` is a stream of contract records plus how to show one as a row. `json` and `jsonl`
write the records themselves as they come from the store (JSON Lines in constant memory, for
`| jq`); `csv` and `md` write the rows as they come, resolving names a batch at a time; only
`table` holds its rows, to size the columns.
"""
from __future__ import annotations

import csv
import json
import re
import shutil
import textwrap
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, TextIO

LISTING_FORMATS = ("table", "json", "jsonl", "csv", "md")
BATCH = 500  # records whose names and labels are looked up together
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Listing:
    """`rows(batch)` turns a batch of records into rows of `columns` (it may look names up once per
    batch); `extra` columns (ids, offsets) go to CSV only, where a spreadsheet wants them."""

    title: str
    columns: list[str]
    records: Iterable[dict[str, Any]]
    rows: Callable[[list[dict[str, Any]]], list[list[Any]]]
    extra: list[str] = field(default_factory=list)
    extra_rows: Callable[[dict[str, Any]], list[Any]] | None = None
    after_table: Callable[[], list[str]] | None = None
    widest: int = 28  # table columns but the last wrap at this width
    one_line: bool = False  # the table cuts the last column to one line (the full text is in the other formats)


def write_listing(listing: Listing, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        write_json_array(listing.records, out)
        out.write("\n")
    elif fmt == "jsonl":
        write_json_lines(listing.records, out)
    elif fmt == "csv":
        write_csv(listing, out)
    elif fmt == "md":
        write_markdown(listing, out)
    elif fmt == "table":
        rows = [row for batch in batches(listing.records) for row in listing.rows(batch)]
        out.write(format_table(listing.columns, rows, listing.widest, listing.one_line))
        if listing.after_table and rows:
            more = listing.after_table()
            if more:
                out.write("\n" + "\n".join(more) + "\n")
    else:
        raise ValueError(f"unknown listing format: {fmt}")


def batches(records: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def write_json_array(records: Iterable[Any], out: TextIO, prefix: str = "") -> None:
    for chunk in json_array_chunks(records, prefix):
        out.write(chunk)


def json_array_chunks(records: Iterable[Any], prefix: str = "") -> Iterator[str]:
    """A JSON array made record by record, its lines after the first indented by `prefix` (an
    array inside an object); no newline after the closing bracket."""
    first = True
    for record in records:
        yield ("[\n" if first else ",\n") + textwrap.indent(json.dumps(record, ensure_ascii=False, indent=2), prefix + "  ")
        first = False
    yield "[]" if first else f"\n{prefix}]"


def write_json_lines(records: Iterable[Any], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")


def csv_cell(value: Any) -> Any:
    """One line; text a spreadsheet would run as a formula is prefixed with a quote mark."""
    if isinstance(value, str):
        value = " ".join(value.split())
        if value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def write_csv(listing: Listing, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(listing.columns + listing.extra)
    for batch in batches(listing.records):
        for record, row in zip(batch, listing.rows(batch)):
            extra = listing.extra_rows(record) if listing.extra_rows else []
            writer.writerow([csv_cell(value) for value in row + extra])


def md_cell(value: Any) -> str:
    """A Markdown table cell: one line, with the characters that would format it escaped."""
    text = " ".join(str(value if value is not None else "").split())
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def write_markdown(listing: Listing, out: TextIO) -> None:
    out.write(f"# {md_cell(listing.title)}\n\n")
    out.write("| " + " | ".join(md_cell(c) for c in listing.columns) + " |\n")
    out.write("|" + "---|" * len(listing.columns) + "\n")
    count = 0
    for batch in batches(listing.records):
        for row in listing.rows(batch):
            out.write("| " + " | ".join(md_cell(value) for value in row) + " |\n")
            count += 1
    if not count:
        out.write("\n_Nothing found._\n")


def format_table(headers: list[str], rows: list[list[Any]], widest: int = 28, one_line: bool = False) -> str:
    """Plain columns: a cell wider than its column (at most `widest`) wraps inside it, the last column to the
    terminal width; a cut cell misled ('Britain's vote to leave Euro' for '... European Union', an issue's family
    lost). `one_line` keeps each row to one line, a cut cell ending in '…' (the full text is in the other formats)."""
    if not rows:
        return "(nothing found)\n"
    width = shutil.get_terminal_size((120, 20)).columns
    cells = [["" if value is None else str(value) for value in row] for row in rows]
    fixed = [min(max(len(headers[i]), *(len(row[i]) for row in cells)), widest) for i in range(len(headers) - 1)]
    last_width = max(30, width - sum(fixed) - 2 * len(fixed))
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, fixed + [0])).rstrip()]
    for row in cells:
        columns = [_cell_lines(value, w, one_line) for value, w in zip(row, fixed + [last_width])]
        for k in range(max(len(column) for column in columns)):
            parts = [(column[k] if k < len(column) else "").ljust(w) for column, w in zip(columns, fixed + [0])]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def _cell_lines(value: str, width: int, one_line: bool) -> list[str]:
    return textwrap.wrap(value, width, max_lines=1 if one_line else None, placeholder="…") or [""]


# A sentence ends at . ! or ? after a lower-case letter, digit or closing quote, before a capital
# or opening quote, unless the word before it is a short capitalised one (an abbreviated title:
# "Mr. Smith", "Gen. Lee"); "U.S. President" does not end one either.
SENTENCE_END = re.compile(r"(\w*)[a-z0-9)\"”’][.!?][\"”’]?(?=\s+[A-Z\"“‘])")
TITLE_LIKE = re.compile(r"[A-Z][a-z]{0,2}")
LABEL_CHARS = 120  # a first sentence longer than this is cut at a word


def first_sentence(text: str | None) -> str:
    """The text's first sentence on one line, cut at a word past LABEL_CHARS characters."""
    text = " ".join((text or "")[:LABEL_CHARS * 4].split())
    end = next((m for m in SENTENCE_END.finditer(text) if not TITLE_LIKE.fullmatch(m.group(0)[:-1])), None)
    sentence = text[:end.end()] if end else text
    return sentence if len(sentence) <= LABEL_CHARS else sentence[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 outlet', '2 outlets'."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


# --- the listings ----------------------------------------------------------------------------

def event_when(event: dict[str, Any], between: str = "..") -> str:
    """The event's day, else its range joined by `between` (".." in listings, a dash in briefings)."""
    if event.get("date"):
        return event["date"]
    if event.get("date_range"):
        return f"{event['date_range'][0]}{between}{event['date_range'][1]}"
    return "undated"


def document_label(doc: dict[str, Any]) -> str:
    """The one rule for naming a document to a reader: its title, else its URL, else its first
    sentence (of `text`, or of `lead`, its opening as some reads give it), else its id."""
    title = " ".join((doc.get("title") or "").split())
    return title or doc.get("url") or first_sentence(doc.get("text") or doc.get("lead")) or doc.get("id") or ""


def source_name(doc: dict[str, Any] | None) -> str:
    """How a quote's source is named in a listing: outlet, else title, else URL, else its file name."""
    if not doc:
        return ""
    return doc.get("outlet") or doc.get("title") or doc.get("url") or (doc.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1]


def _unheaded(event: dict[str, Any]) -> str:
    """'What happened' for a row with no headline: its type names a frame's happening ('attack'); a summarised
    timeline's report row has no frame, and its type, 'report', would say nothing, so its sentence says it."""
    return first_sentence(event["summary"]) if event["type"] == "report" else event["type"]


def timeline_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    def rows(batch):
        return [[e.get("timeline_date") or event_when(e), e.get("headline") or _unheaded(e), e["status"],
                 f"{e['independent_sources']}/{len(e['sources'])}", e["summary"]] for e in batch]

    def extra(event):
        first = (event.get("mentions") or [{}])[0]
        return [event["id"], event["type"], " ".join(event["sources"]), first.get("doc"), first.get("start"),
                first.get("end")]

    return Listing("Timeline", ["date", "what happened", "status", "indep/src", "best evidence"], records, rows,
                   ["id", "type", "sources", "doc", "start", "end"], extra, widest=50, one_line=True)


def quotes_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    from storyline.export.records import shown_text
    from storyline.store.queries import document_labels, entity_names

    def rows(batch):
        names = entity_names(store, [q["speaker"] for q in batch if q.get("speaker")])
        docs = document_labels(store, [q["doc"] for q in batch])
        return [[q.get("date") or "", names.get(q.get("speaker")) or q.get("speaker_text") or "?",
                 f"{q['kind']}, negated" if q.get("negated") else q["kind"],
                 source_name(docs.get(q["doc"])), shown_text(q)] for q in batch]

    return Listing("Quotes", ["date", "speaker", "kind", "outlet", "quote"], records, rows,
                   ["id", "speaker_id", "doc", "start", "end"],
                   lambda q: [q["id"], q.get("speaker"), q["doc"], q["start"], q["end"]])


ROLES_SHOWN = 4


def role_summary(roles: list[dict[str, Any]], shown: int = ROLES_SHOWN) -> str:
    """An actor's roles as a reader scans them: each role once whatever its case ('CEO', 'chief executive' and
    'Chief Executive' are two), with the organisation most documents give it, most stated first (by documents), the
    rest counted: a role one misread sentence gave ('reporter (Reuters)' for a man a Reuters reporter flew with)
    no longer stands level with one twenty articles state."""
    docs: dict[str, set[str]] = defaultdict(set)
    orgs: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, Counter] = defaultdict(Counter)
    for role in roles:
        key = " ".join(role["role"].casefold().split())
        docs[key].add(role.get("doc") or "")
        written[key][role["role"]] += 1
        if role.get("org"):
            orgs[key][role["org"]] += 1
    ranked = sorted(docs, key=lambda key: (-len(docs[key]), key))
    parts = [written[key].most_common(1)[0][0] + (f" ({orgs[key].most_common(1)[0][0]})" if orgs[key] else "")
             for key in ranked[:shown]]
    if len(ranked) > shown:
        parts.append(f"+{len(ranked) - shown} more")
    return "; ".join(parts)


def actors_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    def rows(batch):
        return [[e["name"], e["type"], len(e["mentions"]), role_summary(e["roles"])] for e in batch]

    return Listing("Actors", ["actor", "type", "mentions", "roles"], records, rows,
                   ["id", "aliases"], lambda e: [e["id"], "; ".join(e.get("aliases", []))])


def positions_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    """The ledger: per actor and issue, each stance with when it was held and what it changed
    from, its sources (all / independent) and evidence; other sources' contradicting statements follow it."""
    from storyline.store.queries import entity_names

    def rows(batch):
        names = entity_names(store, [p["actor"] for p in batch])
        spans = evidence_spans(store, [p.get("evidence") or {} for p in batch])
        found = []
        for position, said in zip(batch, spans):
            change = f"{position['previous']} -> {position['stance']}" if position.get("previous") else position["stance"]
            if not position.get("listed", True):  # shown by --all only: why the default listing leaves it out
                change += f" (not listed: {position.get('listing') or 'stored before reasons were kept'})"
            found.append([names.get(position["actor"], position["actor"]),
                          f"{position['topic']} ({position.get('issue_family') or ''})", position_when(position), change,
                          f"{len(position.get('sources') or [])}/{position.get('independent_sources', 0)}", said])
            others = position.get("contradicted_by") or []
            for other, text in zip(others, evidence_spans(store, others)):
                found.append(["", "", "", f"! {other['stance']}", "", f"{other['doc']}: {text}"])
        return found

    def extra(position):
        evidence = position.get("evidence") or {}
        return [position["actor"], position.get("quote"), evidence.get("doc"), evidence.get("start"),
                evidence.get("end"), position.get("listed", True), position.get("listing", "")]

    return Listing("Positions", ["actor", "issue (family)", "when", "stance", "sources/independent", "evidence"],
                   records, rows, ["actor_id", "quote", "doc", "start", "end", "listed", "listing"], extra)


def position_when(position: dict[str, Any]) -> str:
    """'2025-05-19', '2025-03-11..2025-04-02' (held over that span), 'before 2025-05-19' (an earlier demand). A span
    folded from statements of several days gives the day of the statement shown as evidence and how many other days
    it was stated on: '2016-06-30 (+1 other day)', not a range beside a speech of one day (round-30 sheet row 28;
    the span stays in `date_range`); an evidence dated only by a span shows that span and how many other dates the
    position was stated on: '2015-12-03..2015-12-10 (+2 other dates)'."""
    if position.get("date_range"):
        first, last = position["date_range"]
        if first is None:
            return f"before {last}"
        shown = _evidence_day(position)
        others = {_statement_date(m) for m in position.get("mentions") or []} - {(shown, shown), None}
        if shown and others:
            # an evidence of one day keeps its day beside statements known only by a span (PolNeAR dev, session 53:
            # "Trump is promising lower taxes", 30 Sept, was shown as 27 Sept..4 Oct once another article's undated
            # "proposing new limits on ... tax breaks" joined it)
            word = "other day" if all(first == last for first, last in others) else "other date"
            return f"{shown} (+{plural(len(others), word)})"
        span = _evidence_span(position)
        other_dates = {_statement_date(m) for m in position.get("mentions") or []} - {span, None}
        if span and other_dates:
            return f"{span[0]}..{span[1]} (+{plural(len(other_dates), 'other date')})"
            # the week before the article of the evidence, not a span running past it to the last source's
            # (round 36-37 pools: five folded rows of Trump's Muslim-ban proposal read as dated after their article)
        return f"{position.get('date') or first}..{last}"
    return position.get("date") or "undated"


def _statement_date(mention: dict[str, Any]) -> tuple | None:
    """One statement's day or span as a comparable key: (day, day) or (first, last); None for 'before' or none."""
    if mention.get("date"):
        return (mention["date"], mention["date"])
    span = mention.get("date_range")
    return tuple(span) if span and span[0] else None


def _evidence_span(position: dict[str, Any]) -> tuple | None:
    """The span the statement shown as evidence is dated by, when it has one (no day of its own)."""
    return next((_statement_date(mention) for mention in _evidence_mentions(position)
                 if not mention.get("date") and mention.get("date_range") and mention["date_range"][0]), None)


def _evidence_day(position: dict[str, Any]) -> str | None:
    """The day of the statement the position shows as its evidence, when it names one day, else None."""
    return next((mention["date"] for mention in _evidence_mentions(position)
                 if mention.get("date") and not mention.get("date_range")), None)


def _evidence_mentions(position: dict[str, Any]) -> list[dict[str, Any]]:
    """The position's statements at the place its evidence shows (one, or none for an older export)."""
    evidence = position.get("evidence") or {}
    return [mention for mention in position.get("mentions") or []
            if (mention.get("doc"), mention.get("start")) == (evidence.get("doc"), evidence.get("start"))]


def evidence_spans(store, evidence: list[dict[str, Any]]) -> list[str]:
    """The text of each {doc, start, end}, cut out in SQL (document texts are not read whole)."""
    from storyline.store.queries import text_spans

    spans = []
    for item in evidence:
        if not item.get("doc") or item.get("start") is None:
            spans.append("")
            continue
        text = text_spans(store, [(item["doc"], item["start"], item["end"])])[0]
        spans.append(text.strip() if text else "")
    return spans


def sources_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    """Documents (without their text) each with the copy link that makes it a duplicate or rewrite."""
    def rows(batch):
        return [[d["id"], d.get("story") or "", d.get("outlet") or "", document_when(d), d.get("published_how") or "",
                 (d.get("copy") or {}).get("kind", ""), (d.get("copy") or {}).get("original", ""),
                 f"{d['copy']['score']:.2f}" if d.get("copy") else "", source_label(d)] for d in batch]

    def tree():
        from storyline.store.queries import copy_link_records

        links = {link["doc"]: link for link in copy_link_records(store)}
        linked = set(links) | {link["original"] for link in links.values()}
        titles = {d["id"]: source_label(d) for d in source_records(store) if d["id"] in linked}
        return copy_tree_lines(titles, links)

    return Listing("Sources", ["id", "story", "outlet", "published", "how", "copy", "of", "score", "title, URL or first sentence"],
                   records, rows, ["url", "source"], lambda d: [d.get("url"), d.get("source")], tree)



def source_records(store) -> Iterator[dict[str, Any]]:
    from storyline.store.queries import copy_links_of, iter_documents, leads

    for batch in batches(iter_documents(store, with_text=False)):
        ids = [d["id"] for d in batch]
        links = copy_links_of(store, ids)
        firsts = leads(store, ids, LABEL_CHARS * 4)
        for record in batch:
            record["copy"] = links.get(record["id"])
            record["label"] = document_label({**record, "lead": firsts.get(record["id"])})
            yield record


def document_when(doc: dict[str, Any]) -> str:
    if doc.get("published"):
        return doc["published"]
    return "~" + "..".join(doc["published_range"]) if doc.get("published_range") else ""


def source_label(doc: dict[str, Any]) -> str:
    """A document named for a reader: title, else URL, else first sentence (`source_records` gives
    it as `label`), else its file name."""
    return (doc.get("label") or doc.get("title") or doc.get("url")
            or (doc.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1])


def copy_tree_lines(titles: dict[str, str], links: dict[str, dict]) -> list[str]:
    children: dict[str, list[str]] = {}
    for doc_id, link in links.items():
        children.setdefault(link["original"], []).append(doc_id)
    lines = ["copies and rewrites:"] if children else []

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


def search_listing(store, records: Iterable[dict[str, Any]]) -> Listing:
    def rows(batch):
        return [[f"{h['score']:.2f}", h["doc"], h.get("date") or "", f"{h['start']}-{h['end']}", h["text"]]
                for h in batch]

    return Listing("Search", ["score", "doc", "date", "offsets", "passage"], records, rows,
                   ["title", "outlet", "start", "end"], lambda h: [h.get("title"), h.get("outlet"), h["start"], h["end"]])
