"""Briefings a journalist can share: Markdown or self-contained HTML.

`render(data, fmt)` takes the contract export (`build_export`) and returns text. (The CSV export,
one table per record kind, is `export.tables`.)
"""
from __future__ import annotations

import html
from collections import defaultdict
from typing import Any

KEY_QUOTES = 20  # quotes shown in a briefing; the exports have them all
SHORT_TITLE = 48  # characters of a title that stand in for a missing outlet name
QUOTE_KINDS_FIRST = {"direct": 0, "mixed": 1, "indirect": 2}


def render(data: dict[str, Any], fmt: str) -> str:
    if fmt == "md":
        return render_markdown(Briefing(data))
    if fmt == "html":
        return render_html(Briefing(data))
    raise ValueError(f"unknown report format: {fmt}")


class Briefing:
    """The export regrouped for reading: names and outlets resolved, quotes ranked, positions by actor."""

    def __init__(self, data: dict[str, Any]):
        self.documents = {doc["id"]: doc for doc in data.get("documents", [])}
        self.names = {entity["id"]: entity["name"] for entity in data.get("entities", [])}
        self.events = timeline_events(data)
        self.copies = {doc_id: doc for doc_id, doc in self.documents.items() if doc.get("copy_of")}
        self.quotes = key_quotes(data.get("quotes", []), set(self.copies))
        self.positions = positions_by_actor([p for p in data.get("positions", [])
                                             if (p.get("evidence") or {}).get("doc") not in self.copies])

    def outlet(self, doc_id: str) -> str:
        """How a source is named in a briefing: its outlet, else a short title, else its file name."""
        doc = self.documents.get(doc_id) or {}
        if doc.get("outlet"):
            return doc["outlet"]
        title = one_line(doc.get("title"))
        if title:
            return title if len(title) <= SHORT_TITLE else title[:SHORT_TITLE].rsplit(" ", 1)[0] + "…"
        return (doc.get("source") or doc_id).replace("\\", "/").rsplit("/", 1)[-1]

    def speaker(self, quote: dict[str, Any]) -> str:
        return self.names.get(quote.get("speaker")) or quote.get("speaker_text") or "unidentified speaker"

    def span_text(self, evidence: dict[str, Any] | None) -> str:
        if not evidence or evidence.get("doc") not in self.documents:
            return ""
        return self.documents[evidence["doc"]]["text"][evidence["start"]:evidence["end"]].strip()

    def outlets(self) -> list[str]:
        return sorted({doc.get("outlet") for doc in self.documents.values() if doc.get("outlet")})

    def date_span(self) -> str:
        dates = sorted(d["published"] for d in self.documents.values() if d.get("published"))
        return f"{dates[0]} to {dates[-1]}" if dates else "undated"

    def summary_line(self) -> str:
        independent = len(self.documents) - len(self.copies)
        return (f"{len(self.documents)} documents from {len(self.outlets())} outlets ({independent} independent), "
                f"published {self.date_span()}; {len(self.events)} dated events, {len(self.quotes)} key quotes.")


def timeline_events(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Events in the contract's timeline order; the timeline lists dated events only."""
    by_id = {event["id"]: event for event in data.get("events", [])}
    order = data.get("timeline") or [e["id"] for e in data.get("events", []) if e.get("date") or e.get("date_range")]
    return [by_id[event_id] for event_id in order if event_id in by_id]


def key_quotes(quotes: list[dict[str, Any]], copies: set[str] | None = None) -> list[dict[str, Any]]:
    """Attributed direct quotes first, each said once: quotes in copied or rewritten documents,
    and repeats of the same words by the same speaker, are left out. Shown oldest first."""
    copies = copies or set()
    seen: set[tuple[Any, str]] = set()
    unique = []
    for quote in quotes:
        key = (quote.get("speaker") or quote.get("speaker_text"), _words(quote.get("text", "")))
        if quote.get("doc") in copies or key in seen:
            continue
        seen.add(key)
        unique.append(quote)
    ranked = sorted(unique, key=lambda q: (q.get("speaker") is None, QUOTE_KINDS_FIRST.get(q.get("kind"), 3),
                                           -len(q.get("text", ""))))
    chosen = ranked[:KEY_QUOTES]
    return sorted(chosen, key=lambda q: (q.get("date") is None, q.get("date") or "", q.get("doc"), q.get("start", 0)))


def _words(text: str) -> str:
    """Text reduced to its lower-case words, so punctuation and spacing differences still match."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def positions_by_actor(positions: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for position in positions:
        grouped[position["actor"]].append(position)
    for items in grouped.values():
        items.sort(key=lambda p: (p.get("date") is None, p.get("date") or ""))
    return dict(grouped)


def event_date(event: dict[str, Any]) -> str:
    if event.get("date"):
        return event["date"]
    if event.get("date_range"):
        return f"{event['date_range'][0]} – {event['date_range'][1]}"
    return "undated"


def one_line(text: str | None) -> str:
    return " ".join((text or "").split())


# --- Markdown ------------------------------------------------------------------------------

def md_text(text: str | None) -> str:
    """Article text in Markdown: on one line, with the characters that would format it escaped."""
    escaped = one_line(text)
    for char in "\\`*_[]<>|#":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def render_markdown(brief: Briefing) -> str:
    lines = ["# Story briefing", "", md_text(brief.summary_line()), "", "## Timeline", ""]
    for event in brief.events:
        sources = ", ".join(md_text(brief.outlet(s)) for s in event.get("sources", []))
        lines.append(f"- **{event_date(event)}** ({event['type']}, {event['status']}) {md_text(event['summary'])}  ")
        lines.append(f"  _Sources: {sources or 'none'}; independent: {event.get('independent_sources', 0)}_")
    if not brief.events:
        lines.append("_No dated events._")
    lines += ["", "## Key quotes", ""]
    for quote in brief.quotes:
        lines.append(f"- {quote.get('date') or 'undated'} **{md_text(brief.speaker(quote))}** ({quote['kind']}): "
                     f"“{md_text(quote['text'])}” — _{md_text(brief.outlet(quote['doc']))}_")
    if not brief.quotes:
        lines.append("_No quotes._")
    lines += ["", "## Positions", ""]
    for actor, positions in sorted(brief.positions.items(), key=lambda item: brief.names.get(item[0], item[0])):
        lines += [f"### {md_text(brief.names.get(actor, actor))}", ""]
        for position in positions:
            said = brief.span_text(position.get("evidence"))
            outlet = brief.outlet(position["evidence"]["doc"]) if position.get("evidence", {}).get("doc") else ""
            lines.append(f"- {position.get('date') or 'undated'}: **{position['stance']}** on {position['topic']}"
                         + (f" — “{md_text(said)}” _{md_text(outlet)}_" if said else ""))
        lines.append("")
    if not brief.positions:
        lines += ["_No stated positions._", ""]
    lines += ["## Sources", "", "| outlet | title | published | copy of |", "|---|---|---|---|"]
    for doc in brief.documents.values():
        copy = f"{doc['copy_kind']} of {md_text(brief.outlet(doc['copy_of']))}" if doc.get("copy_of") else ""
        lines.append(f"| {md_text(doc.get('outlet'))} | {md_text(doc.get('title'))} | {doc.get('published') or ''} | {copy} |")
    return "\n".join(lines) + "\n"


# --- HTML ----------------------------------------------------------------------------------

HTML_STYLE = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2330;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.3rem}h2{margin-top:2rem;border-bottom:1px solid #d9dee6;padding-bottom:.2rem}
.muted{color:#5f6b7a}.date{font-weight:700;white-space:nowrap}.tag{font-size:.75rem;background:#e8edf5;border-radius:999px;padding:0 .45rem}
ol.timeline{list-style:none;padding:0}ol.timeline li{border-left:3px solid #1f5fbf;padding:.2rem 0 .4rem .8rem;margin-bottom:.6rem}
blockquote{margin:.2rem 0 .8rem;padding:.3rem .8rem;border-left:3px solid #ffe58a;background:#f7f8fa}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #d9dee6;vertical-align:top}
@media print{body{margin:0}}
"""


def esc(text: Any) -> str:
    return html.escape(one_line(str(text)) if text is not None else "", quote=True)


def render_html(brief: Briefing) -> str:
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             "<title>Story briefing</title>", f"<style>{HTML_STYLE}</style></head><body>",
             "<h1>Story briefing</h1>", f'<p class="muted">{esc(brief.summary_line())}</p>']
    parts += html_timeline(brief) + html_quotes(brief) + html_positions(brief) + html_sources(brief)
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def html_timeline(brief: Briefing) -> list[str]:
    parts = ["<h2>Timeline</h2>"]
    if not brief.events:
        return parts + ['<p class="muted">No dated events.</p>']
    parts.append('<ol class="timeline">')
    for event in brief.events:
        sources = ", ".join(esc(brief.outlet(s)) for s in event.get("sources", []))
        parts.append(f'<li><span class="date">{esc(event_date(event))}</span> <span class="tag">{esc(event["type"])}</span> '
                     f'<span class="tag">{esc(event["status"])}</span><br>{esc(event["summary"])}<br>'
                     f'<span class="muted">Sources: {sources or "none"}; independent: '
                     f'{esc(event.get("independent_sources", 0))}</span></li>')
    return parts + ["</ol>"]


def html_quotes(brief: Briefing) -> list[str]:
    parts = ["<h2>Key quotes</h2>"]
    if not brief.quotes:
        return parts + ['<p class="muted">No quotes.</p>']
    for quote in brief.quotes:
        parts.append(f'<p><span class="date">{esc(quote.get("date") or "undated")}</span> '
                     f'<strong>{esc(brief.speaker(quote))}</strong> <span class="muted">({esc(quote["kind"])}, '
                     f'{esc(brief.outlet(quote["doc"]))})</span></p><blockquote>{esc(quote["text"])}</blockquote>')
    return parts


def html_positions(brief: Briefing) -> list[str]:
    parts = ["<h2>Positions</h2>"]
    if not brief.positions:
        return parts + ['<p class="muted">No stated positions.</p>']
    parts.append("<table><thead><tr><th>actor</th><th>date</th><th>topic</th><th>stance</th><th>evidence</th></tr></thead><tbody>")
    for actor, positions in sorted(brief.positions.items(), key=lambda item: brief.names.get(item[0], item[0])):
        for position in positions:
            parts.append(f"<tr><td>{esc(brief.names.get(actor, actor))}</td><td class=\"date\">{esc(position.get('date') or 'undated')}</td>"
                         f"<td>{esc(position['topic'])}</td><td>{esc(position['stance'])}</td>"
                         f"<td>{esc(brief.span_text(position.get('evidence')))}</td></tr>")
    return parts + ["</tbody></table>"]


def html_sources(brief: Briefing) -> list[str]:
    parts = ["<h2>Sources</h2>",
             "<table><thead><tr><th>outlet</th><th>title</th><th>published</th><th>copy of</th></tr></thead><tbody>"]
    for doc in brief.documents.values():
        copy = f"{esc(doc['copy_kind'])} of {esc(brief.outlet(doc['copy_of']))}" if doc.get("copy_of") else ""
        parts.append(f"<tr><td>{esc(doc.get('outlet'))}</td><td>{esc(doc.get('title'))}</td>"
                     f"<td class=\"date\">{esc(doc.get('published'))}</td><td>{copy}</td></tr>")
    return parts + ["</tbody></table>"]
