// storyline web UI: one page, routed by location.pathname, data from /api.
// Article text is untrusted: every string reaches the page as a text node (el() below),
// never as HTML.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const OUTLYING_SHARE = 0.05;  // the share of event dates at each end the time axis leaves out of its span
const GRAPH_ACTORS = 16;
const GRAPH_LABEL_CHARS = 24;  // characters of a name the graph prints  // actors the who-talked-to-whom graph shows at first (a slider shows more)
const MAX_STACK = 14;  // dots piled on one day of the time axis before they overlap
// routeAbort cancels the previous view's requests, so a slow answer never paints over a newer view.
const state = { names: null, pollTimer: null, routeAbort: null };

// --- DOM helpers ---------------------------------------------------------------------------

// el("a", {href: "/x", class: "y"}, "text", child, ...): attributes are set one by one,
// strings become text nodes. Event handlers are passed as on<Event> functions.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  appendAll(node, ...children);
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attrs);
  appendAll(node, ...children);
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === "href") {
      node.setAttribute("href", safeHref(value));
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function appendAll(node, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Only our own paths are linked; anything else (javascript:, data:, other sites) is dropped.
function safeHref(value) {
  const text = String(value);
  return text.startsWith("/") && !text.startsWith("//") ? text : "#";
}

function link(path, ...children) {
  return el("a", { href: path, "data-nav": true }, ...children);
}

function spanLink(doc, start, end, label) {
  return link(`/documents/${encodeURIComponent(doc)}?start=${start}&end=${end}`, label || "open in document");
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function view() {
  return document.getElementById("view");
}

function show(...children) {
  appendAll(clear(view()), children);
}

function plural(count, singular, pluralForm) {
  return `${count} ${count === 1 ? singular : (pluralForm || singular + "s")}`;
}

function muted(text) {
  return el("p", { class: "muted" }, text);
}

function badge(text, kind) {
  return el("span", { class: `badge ${kind || ""}` }, text);
}

// --- data ----------------------------------------------------------------------------------

async function api(path, options) {
  const signal = state.routeAbort ? state.routeAbort.signal : undefined;
  const response = await fetch(path, { signal, ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || response.status);
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

// A paged list in full: follows the `next` tokens (at most maxPages pages).
async function apiPages(path, maxPages = 20) {
  const items = [];
  let next = null;
  for (let page = 0; page < maxPages; page++) {
    const separator = path.includes("?") ? "&" : "?";
    const body = await api(next ? `${path}${separator}after=${encodeURIComponent(next)}` : path);
    items.push(...body.items);
    next = body.next;
    if (!next) break;
  }
  return items;
}

async function names() {
  if (!state.names) state.names = await api("/api/names");
  return state.names;
}

function nameOf(id) {
  return (state.names && state.names[id]) || id;
}

function eventDate(event) {
  if (event.date) return event.date;
  if (event.date_range) return `${event.date_range[0]} … ${event.date_range[1]}`;
  return "undated";
}

function docLabel(doc) {
  return [doc.outlet, doc.published || (doc.published_range ? doc.published_range.join(" … ") : null)]
    .filter(Boolean).join(", ");
}

// --- routing -------------------------------------------------------------------------------

const routes = [
  [/^\/(timeline)?$/, renderTimeline],
  [/^\/actors$/, renderActors],
  [/^\/actors\/(.+)$/, renderActor],
  [/^\/sources$/, renderSources],
  [/^\/search$/, renderSearch],
  [/^\/ingest$/, renderIngest],
  [/^\/documents\/(.+)$/, renderDocument],
];

async function route() {
  if (state.pollTimer) { clearTimeout(state.pollTimer); state.pollTimer = null; }
  if (state.routeAbort) state.routeAbort.abort();
  state.routeAbort = new AbortController();
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  markNav(path);
  for (const [pattern, render] of routes) {
    const match = path.match(pattern);
    if (!match) continue;
    try {
      await names();
      await render(match[1] ? decodeURIComponent(match[1]) : null, params);
    } catch (error) {
      if (error.name !== "AbortError") show(el("p", { class: "error" }, `Could not load this view (${error.message}).`));
    }
    return;
  }
  show(el("h1", {}, "Not found"), muted("No such page."));
}

function markNav(path) {
  for (const a of document.querySelectorAll("nav a[data-section]")) {
    a.classList.toggle("active", path === "/" ? a.dataset.section === "timeline" : path.startsWith(`/${a.dataset.section}`)
      || (a.dataset.section === "sources" && path.startsWith("/documents")));
  }
}

function navigate(path) {
  history.pushState(null, "", path);
  route();
  window.scrollTo(0, 0);
}

document.addEventListener("click", (event) => {
  const anchor = event.target.closest("a[data-nav]");
  if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(anchor.getAttribute("href"));
});
window.addEventListener("popstate", route);
document.addEventListener("DOMContentLoaded", route);

// --- timeline ------------------------------------------------------------------------------

async function renderTimeline(_, params) {
  const query = new URLSearchParams();
  for (const key of ["actor", "since", "until", "all", "dates", "per_date"]) if (params.get(key)) query.set(key, params.get(key));
  query.set("limit", "1000");
  const events = await apiPages(`/api/timeline?${query}`);
  const form = filterForm("/timeline", params, [
    ["actor", "Actor", "actor"], ["since", "Since", "date"], ["until", "Until", "date"],
    ["all", "Every event (background, undated)", "checkbox"],
  ]);
  const list = el("ol", { class: "events" }, events.map(eventCard));
  show(
    el("h1", {}, "Timeline"), form,
    events.length ? timeAxis(events) : null,
    events.length ? list : muted("No events found. Add articles, or widen the filters."),
  );
}

// Dated events as dots on a horizontal axis (a bar under a ranged event); dots on the same spot
// stack upwards. A dot scrolls to its event and opens it.
function timeAxis(events) {
  const dated = events.filter((e) => e.date || e.date_range);
  if (!dated.length) return null;
  const day = (text) => Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / 86400000;
  const earliest = (e) => e.date ? day(e.date) : day(e.date_range[0]);
  const latest = (e) => e.date ? day(e.date) : day(e.date_range[1]);
  const [first, last] = storyPeriod(dated, earliest, latest);
  const width = 1000, left = 50, right = 50, step = 12, span = Math.max(1, last - first);
  // events outside the story's own period sit at the edges (marked), not stretch the axis
  const clamp = (d) => Math.min(last, Math.max(first, d));
  const x = (d) => left + ((clamp(d) - first) / span) * (width - left - right);
  const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  const stacks = {};
  const placed = dated.map((event) => {
    const cx = x((earliest(event) + latest(event)) / 2);
    const slot = Math.round(cx / step);
    stacks[slot] = (stacks[slot] || 0) + 1;
    return { event, cx, level: Math.min(stacks[slot] - 1, MAX_STACK) };
  });
  const tallest = Math.min(Math.max(...Object.values(stacks)), MAX_STACK + 1);
  const height = 44 + tallest * step, baseline = height - 30;
  const marks = placed.map(({ event, cx, level }) => {
    const cy = baseline - 10 - level * step;
    const range = event.date ? null : svg("line", { x1: x(earliest(event)), x2: x(latest(event)),
      y1: baseline - 3, y2: baseline - 3, class: "range" });
    const outside = latest(event) < first || earliest(event) > last;
    const dot = svg("circle", { cx, cy, r: 5, class: `dot type-${event.type}${outside ? " outside" : ""}`, tabindex: 0,
      "data-event": event.id, onclick: () => openEvent(event.id),
      onkeydown: (key) => { if (key.key === "Enter") openEvent(event.id); } },
    svg("title", {}, `${eventDate(event)} · ${event.type}: ${event.summary}`));
    return [range, dot];
  });
  const tickDays = span < 4 ? [first, last] : [0, 0.25, 0.5, 0.75, 1].map((f) => first + f * span);
  const ticks = tickDays.map((d) => [
    svg("line", { x1: x(d), x2: x(d), y1: baseline, y2: baseline + 5, class: "baseline" }),
    svg("text", { x: x(d), y: baseline + 18, class: "tick" }, iso(d)),
  ]);
  const before = dated.filter((e) => latest(e) < first).length, after = dated.filter((e) => earliest(e) > last).length;
  const note = before || after ? el("figcaption", { class: "muted" },
    [before ? `${plural(before, "earlier event")} (background)` : null, after ? `${plural(after, "later event")}` : null]
      .filter(Boolean).join(" and ") + " shown at the edge, hollow.") : null;
  return el("figure", { class: "axis" },
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events on a time axis" },
      svg("line", { x1: left, x2: width - right, y1: baseline, y2: baseline, class: "baseline" }), marks, ticks), note);
}

// The story's own period: the span of its events without background ones (when the timeline marks
// them) and without the outlying twentieth of dates at either end (history a story recalls).
function storyPeriod(dated, earliest, latest) {
  const own = dated.filter((e) => !e.background);
  const middles = (own.length ? own : dated).map((e) => (earliest(e) + latest(e)) / 2).sort((a, b) => a - b);
  const at = (q) => middles[Math.min(middles.length - 1, Math.max(0, Math.round(q * (middles.length - 1))))];
  const first = Math.floor(at(OUTLYING_SHARE)), last = Math.ceil(at(1 - OUTLYING_SHARE));
  return last > first ? [first, last] : [first - 1, first + 1];
}

function openEvent(id) {
  const card = document.querySelector(`li.event[data-event="${CSS.escape(id)}"]`);
  if (!card) return;
  card.scrollIntoView({ block: "start" });
  if (!card.classList.contains("open")) card.querySelector("button.toggle").click();
}

function eventCard(event) {
  const details = el("div", { class: "details" });
  const toggle = el("button", { class: "toggle", type: "button", "aria-expanded": "false",
    onclick: () => toggleEvidence(event, card, toggle, details) }, "Evidence");
  const card = el("li", { class: "event", "data-event": event.id },
    el("div", { class: "event-head" },
      el("span", { class: "date" }, eventDate(event)),
      badge(event.type, `type-${event.type}`), badge(event.status, "status"),
      el("span", { class: "counts", title: "sources / independent sources" },
        `${event.sources.length} source${event.sources.length === 1 ? "" : "s"}, ${event.independent_sources} independent`),
      toggle),
    event.headline ? el("p", { class: "headline" }, el("strong", {}, event.headline)) : null,
    el("p", { class: "summary" }, event.summary),
    event.participants.length ? el("p", { class: "participants" }, "With: ",
      event.participants.map((p, i) => [i ? ", " : "", link(`/actors/${encodeURIComponent(p)}`, nameOf(p))])) : null,
    event.location ? el("p", { class: "muted" }, `Where: ${event.location}`) : null,
    details);
  return card;
}

async function toggleEvidence(event, card, toggle, details) {
  const open = !card.classList.contains("open");
  card.classList.toggle("open", open);
  toggle.setAttribute("aria-expanded", String(open));
  if (!open || details.dataset.loaded) return;
  details.dataset.loaded = "1";
  if (event.type === "report") {  // a summarised row read from one sentence is not stored: it is its own evidence
    appendAll(details, reportedEvidence(event));
    return;
  }
  appendAll(details, muted("Loading evidence…"));
  try {
    const detail = await api(`/api/events/${encodeURIComponent(event.id)}`);
    appendAll(clear(details), evidenceBlock(detail));
  } catch (error) {
    appendAll(clear(details), el("p", { class: "error" }, error.message));
  }
}

function evidenceBlock(detail) {
  return [
    el("h3", {}, "Reported in"),
    detail.mentions.length ? el("ul", { class: "evidence" }, detail.mentions.map((m) => el("li", {},
      el("div", { class: "source-line" }, m.outlet || m.label || m.title || m.doc, m.published ? ` · ${m.published}` : "", " · ",
        spanLink(m.doc, m.start, m.end)),
      excerpt(m.excerpt)))) : muted("No sentence recorded for this event."),
    el("h3", {}, "Sources"),
    el("ul", { class: "sources" }, detail.sources.map((doc) => el("li", {},
      link(`/documents/${encodeURIComponent(doc.id)}`, doc.label || doc.title || doc.id), " ",
      el("span", { class: "muted" }, docLabel(doc)),
      doc.copy_of ? badge(`${doc.copy_kind} of ${doc.copy_of}`, "copy") : null))),
    el("h3", {}, "Quotes"),
    detail.quotes.length ? el("ul", { class: "quotes" }, detail.quotes.map(quoteItem)) : muted("No quotes around this event."),
  ];
}

function reportedEvidence(event) {
  return [
    el("h3", {}, "Reported in"),
    el("ul", { class: "evidence" }, event.mentions.map((m) => el("li", {},
      el("div", { class: "source-line" }, link(`/documents/${encodeURIComponent(m.doc)}`, m.doc), " · ",
        spanLink(m.doc, m.start, m.end)),
      excerpt({ before: "", span: event.summary, after: "" })))),
  ];
}

function excerpt(parts) {
  return el("blockquote", { class: "excerpt" }, parts.before, el("mark", {}, parts.span), parts.after);
}

function quoteItem(quote) {
  const speaker = quote.speaker ? link(`/actors/${encodeURIComponent(quote.speaker)}`, nameOf(quote.speaker))
    : el("span", {}, quote.speaker_text || "unknown speaker");
  return el("li", { class: `quote ${quote.kind}` },
    el("div", { class: "source-line" }, quote.date || "", quote.date ? " · " : "", speaker, ` (${quote.kind}) · `,
      spanLink(quote.doc, quote.start, quote.end)),
    el("q", {}, shownText(quote)));
}

// An interrupted quote's own parts without the narrator's words between them (export.records.shown_text).
function shownText(quote) {
  if (!quote.parts) return quote.text;
  return quote.parts.map(([start, end]) => quote.text.slice(start - quote.start, end - quote.start)).join(" … ");
}

// A small GET form whose fields become the query string of `path`.
function filterForm(path, params, fields, extra) {
  const inputs = fields.map(([name, label, type, options]) => {
    let input;
    if (type === "select") {
      input = el("select", { name }, options.map(([value, text]) => el("option", { value, selected: params.get(name) === value }, text)));
    } else if (type === "actor") {
      input = el("input", { type: "text", name, value: params.get(name) || "", placeholder: label, list: "actor-names" });
    } else if (type === "checkbox") {
      input = el("input", { type, name, value: "true", checked: params.get(name) === "true" });
    } else {
      input = el("input", { type, name, value: params.get(name) || "", placeholder: label });
    }
    return el("label", { class: `field ${type}` }, el("span", {}, label), input);
  });
  const actorNames = fields.some(([, , type]) => type === "actor") ? el("datalist", { id: "actor-names" },
    [...new Set(Object.values(state.names || {}))].sort().map((name) => el("option", { value: name }))) : null;
  const form = el("form", { class: "filters", role: "search" }, extra || null, inputs, actorNames,
    el("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) query.set(name, value);
    navigate(`${path}${query.toString() ? "?" + query : ""}`);
  });
  return form;
}

// --- actors --------------------------------------------------------------------------------

const ACTORS_LISTED = 300; // the most mentioned; the API pages through the rest

async function renderActors(_, params) {
  const [page, graph] = await Promise.all([api(`/api/entities?limit=${ACTORS_LISTED}`), api("/api/graph")]);
  const actors = page.items;
  const type = params.get("type");
  const shown = type ? actors.filter((a) => a.type === type) : actors;
  const types = [["", "all types"], ...[...new Set(actors.map((a) => a.type))].sort().map((t) => [t, t])];
  show(
    el("h1", {}, "Actors"),
    el("section", {}, el("h2", {}, "Who talked to whom"),
      graph.edges.length ? talkGraph(graph) : muted("No calls or meetings with two named participants yet.")),
    el("section", {}, el("h2", {}, "People and organisations"),
      filterForm("/actors", params, [["type", "Type", "select", types]]),
      shown.length ? el("table", { class: "actors" },
        el("thead", {}, el("tr", {}, ["Name", "Type", "Roles", "Mentions", "Quotes", "Positions"].map((h) => el("th", {}, h)))),
        el("tbody", {}, shown.map((a) => el("tr", {},
          el("td", {}, link(`/actors/${encodeURIComponent(a.id)}`, a.name)),
          el("td", {}, a.type),
          el("td", {}, roleText(a.roles)),
          el("td", { class: "num" }, a.mention_count),
          el("td", { class: "num" }, a.quote_count),
          el("td", { class: "num" }, a.position_count))))) : muted("No actors found.")),
  );
}

function roleText(roles) {
  const unique = [...new Set((roles || []).map((r) => r.org ? `${r.role} (${r.org})` : r.role))];
  return unique.join("; ");
}

// The most connected actors on a circle (a slider shows more or fewer), one line per pair that
// talked; thicker for more calls/meetings. Long names are shortened (the full name on hover).
function talkGraph(graph) {
  const degree = {};
  for (const edge of graph.edges) {
    degree[edge.source] = (degree[edge.source] || 0) + edge.count;
    degree[edge.target] = (degree[edge.target] || 0) + edge.count;
  }
  const ranked = [...graph.nodes].sort((a, b) => (degree[b.id] || 0) - (degree[a.id] || 0) || a.name.localeCompare(b.name));
  const figure = el("figure", { class: "graph" });
  const caption = el("figcaption", { class: "muted" });
  const draw = (shown) => {
    const nodes = ranked.slice(0, shown);
    const kept = new Set(nodes.map((n) => n.id));
    const edges = graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    figure.replaceChildren(graphSvg(nodes, edges), caption);
    caption.textContent = `The ${plural(nodes.length, "most connected actor")} of ${graph.nodes.length}; ` +
      `${plural(edges.length, "pair")} that met or talked.`;
  };
  const start = Math.min(GRAPH_ACTORS, ranked.length);
  const slider = ranked.length > 2 ? el("label", { class: "slider" }, "Actors shown ",
    el("input", { type: "range", min: 2, max: ranked.length, value: start, "aria-label": "actors shown",
      oninput: (event) => draw(Number(event.target.value)) })) : null;
  draw(start);
  return el("div", {}, slider, figure);
}

function graphSvg(nodes, edges) {
  const width = 760, height = Math.min(520, 160 + 30 * nodes.length), centre = width / 2;
  const radiusX = width / 2 - 190, radiusY = height / 2 - 40;
  const position = {};
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    position[node.id] = [centre + radiusX * Math.cos(angle), height / 2 + radiusY * Math.sin(angle)];
  });
  const lines = edges.map((edge) => {
    const [x1, y1] = position[edge.source], [x2, y2] = position[edge.target];
    return svg("line", { x1, y1, x2, y2, class: "edge", "stroke-width": 1 + Math.min(edge.count, 6) },
      svg("title", {}, `${nameOf(edge.source)} – ${nameOf(edge.target)}: ${plural(edge.count, "call or meeting", "calls or meetings")}`));
  });
  const marks = nodes.map((node) => {
    const [x, y] = position[node.id];
    const anchor = x < centre - 5 ? "end" : x > centre + 5 ? "start" : "middle";
    const dx = anchor === "end" ? -10 : anchor === "start" ? 10 : 0;
    const dy = anchor === "middle" ? (y < height / 2 ? -12 : 20) : 4;
    const label = node.name.length > GRAPH_LABEL_CHARS ? node.name.slice(0, GRAPH_LABEL_CHARS - 1) + "…" : node.name;
    return svg("a", { href: `/actors/${encodeURIComponent(node.id)}`, "data-nav": true, class: "node" },
      svg("circle", { cx: x, cy: y, r: 7 }),
      svg("text", { x: x + dx, y: y + dy, "text-anchor": anchor }, label),
      svg("title", {}, node.name));
  });
  return svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "who talked to whom" }, lines, marks);
}

async function renderActor(id) {
  const detail = await api(`/api/entities/${encodeURIComponent(id)}`);
  const entity = detail.entity;
  show(
    el("p", {}, link("/actors", "← all actors")),
    el("h1", {}, entity.name, " ", badge(entity.type, "")),
    entity.roles.length ? el("p", {}, roleText(entity.roles)) : null,
    entity.aliases.length ? el("p", { class: "muted" }, `Also written: ${entity.aliases.join(", ")}`) : null,
    el("h2", {}, "Positions over time"),
    positionChart(detail.positions),
    detail.positions.length ? positionLedger(detail.positions) :
      muted("No stated positions found."),
    el("h2", {}, `Quotes (${detail.quotes.length})`),
    detail.quotes.length ? el("ul", { class: "quotes" }, detail.quotes.map(quoteItem)) : muted("No quotes attributed."),
    el("h2", {}, "Events"),
    detail.events.length ? el("ul", { class: "plain" }, detail.events.map((e) => el("li", {},
      el("span", { class: "date" }, eventDate(e)), " ", badge(e.type, `type-${e.type}`), " ", e.summary,
      e.mentions.length ? [" ", el("span", { class: "source-line" }, "· ",
        spanLink(e.mentions[0].doc, e.mentions[0].start, e.mentions[0].end, "evidence"))] : null))) :
      muted("Not a participant in any event."),
  );
}

// One row per issue: its stances in the order they were held, each opening its evidence; an arrow
// is a change, "!" another source's contradicting statement of the same time.
function positionLedger(positions) {
  const byIssue = new Map();
  for (const p of [...positions].sort((a, b) => (a.step || 0) - (b.step || 0))) {
    if (!byIssue.has(p.topic)) byIssue.set(p.topic, []);
    byIssue.get(p.topic).push(p);
  }
  return el("table", { class: "positions" },
    el("thead", {}, el("tr", {}, ["Issue", "How the position moved"].map((h) => el("th", {}, h)))),
    el("tbody", {}, [...byIssue.entries()].map(([issue, steps]) => el("tr", {},
      el("td", {}, issue, " ", el("span", { class: "muted" }, steps[0].issue_family || "")),
      el("td", {}, steps.map((p, i) => [i ? " → " : "", positionStep(p)]))))));
}

function positionStep(p) {
  const when = positionWhen(p);
  const sources = (p.sources || []).length;
  return el("span", { class: "position-step" }, badge(p.stance, `stance-${p.stance}`), " ",
    p.evidence && p.evidence.doc ? spanLink(p.evidence.doc, p.evidence.start, p.evidence.end, when) : when,
    el("span", { class: "muted" }, ` · ${sources} source${sources === 1 ? "" : "s"}`),
    (p.contradicted_by || []).map((o) => [" ", el("span", { class: "contradiction", title: `another source: ${o.stance}` },
      "! ", spanLink(o.doc, o.start, o.end, o.stance))]));
}

function positionWhen(p) {
  if (p.date_range) return p.date_range[0] ? `${p.date || p.date_range[0]}..${p.date_range[1]}` : `before ${p.date_range[1]}`;
  return p.date || "undated";
}

// One row per topic, one dot per dated position, coloured by stance; a dot opens its evidence.
function positionChart(positions) {
  const dated = positions.filter((p) => p.date);
  if (new Set(dated.map((p) => p.date)).size < 2) return null;  // one date is no trend
  const topics = [...new Set(dated.map((p) => p.topic))].sort();
  const day = (text) => Date.parse(`${text.slice(0, 10)}T00:00:00Z`) / 86400000;
  const first = Math.min(...dated.map((p) => day(p.date))), last = Math.max(...dated.map((p) => day(p.date)));
  const width = 900, left = 150, right = 30, row = 28, height = topics.length * row + 34;
  const x = (d) => left + ((d - first) / Math.max(1, last - first)) * (width - left - right);
  const iso = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  const rows = topics.map((topic, i) => [
    svg("text", { x: left - 12, y: i * row + 22, class: "topic", "text-anchor": "end" }, topic),
    svg("line", { x1: left, x2: width - right, y1: i * row + 18, y2: i * row + 18, class: "row" }),
  ]);
  const dots = dated.map((p) => {
    const href = p.evidence && p.evidence.doc
      ? `/documents/${encodeURIComponent(p.evidence.doc)}?start=${p.evidence.start}&end=${p.evidence.end}` : "/actors";
    return svg("a", { href, "data-nav": true },
      svg("circle", { cx: x(day(p.date)), cy: topics.indexOf(p.topic) * row + 18, r: 6, class: `stance stance-${p.stance}` },
        svg("title", {}, `${p.date}: ${p.stance} on ${p.topic}`)));
  });
  const ticks = [first, last].map((d) => svg("text", { x: x(d), y: height - 4, class: "tick" }, iso(d)));
  return el("figure", { class: "positions-chart" },
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "positions over time" }, rows, dots, ticks));
}

// --- sources -------------------------------------------------------------------------------

async function renderSources() {
  const data = await api("/api/sources");
  show(
    el("h1", {}, "Sources"),
    el("p", { class: "lead" }, `${plural(data.documents.length, "document")} from ${plural(data.outlets.length, "outlet")}; `,
      `${data.independent_documents} independent after collapsing ${plural(data.copies.length, "copy or rewrite", "copies and rewrites")}.`),
    el("h2", {}, "Outlets"),
    el("table", {}, el("thead", {}, el("tr", {}, ["Outlet", "Documents", "Originals", "Copies/rewrites"].map((h) => el("th", {}, h)))),
      el("tbody", {}, data.outlets.map((o) => el("tr", {}, el("td", {}, o.outlet), el("td", { class: "num" }, o.documents),
        el("td", { class: "num" }, o.originals), el("td", { class: "num" }, o.copies))))),
    el("h2", {}, "Documents and who copies whom"),
    el("ul", { class: "tree" }, data.tree.map(treeNode)),
    el("h2", {}, "Independent sources per dated event"),
    data.events.length ? el("table", {}, el("thead", {}, el("tr", {}, ["Date", "Event", "Sources", "Independent"].map((h) => el("th", {}, h)))),
      el("tbody", {}, data.events.map((e) => el("tr", {}, el("td", { class: "date" }, eventDate(e)), el("td", {}, e.summary),
        el("td", { class: "num" }, e.sources), el("td", { class: "num" }, e.independent_sources))))) : muted("No events yet."),
  );
}

function baseName(path) {
  return path ? path.split(/[\\/]/).filter(Boolean).pop() : "";
}

function treeNode(node) {
  return el("li", {},
    link(`/documents/${encodeURIComponent(node.id)}`, node.label || node.title || baseName(node.source) || node.id), " ",
    el("span", { class: "muted" }, [node.outlet, node.published].filter(Boolean).join(", ")),
    node.kind ? badge(`${node.kind} ${Number(node.score).toFixed(2)}`, "copy") : null,
    node.children.length ? el("ul", {}, node.children.map(treeNode)) : null);
}

// --- one document, with a span highlighted -------------------------------------------------

async function renderDocument(id, params) {
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const start = parseInt(params.get("start"), 10), end = parseInt(params.get("end"), 10);
  const hasSpan = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= doc.text.length;
  const body = el("div", { class: "doc-text" });
  if (hasSpan) {
    const [from, to] = trimmedSpan(doc.text, start, end);
    appendAll(body, doc.text.slice(0, from), el("mark", { id: "evidence" }, doc.text.slice(from, to)), doc.text.slice(to));
  } else {
    appendAll(body, doc.text);
  }
  show(
    el("p", {}, link("/sources", "← all sources")),
    el("h1", {}, doc.label || doc.title || doc.id),
    el("dl", { class: "meta" },
      meta("Outlet", doc.outlet), meta("Published", doc.published || (doc.published_range || []).join(" … ")),
      meta("Date from", doc.published_how),
      meta("Why this date", (doc.published_reasons || []).join("; ") || null),
      doc.url ? [el("dt", {}, "URL"), el("dd", {}, el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url))] : null,
      meta("Source", doc.source),
      doc.copy_of ? [el("dt", {}, "Copy of"), el("dd", {}, link(`/documents/${encodeURIComponent(doc.copy_of)}`, doc.copy_of_label || doc.copy_of), ` (${doc.copy_kind})`)] : null,
      meta("Quotes found", String(doc.quotes.length))),
    hasSpan ? el("p", { class: "muted" }, `Highlighted: characters ${start}–${end}.`) : null,
    body,
    doc.quotes.length ? el("details", { class: "doc-quotes" }, el("summary", {}, `${plural(doc.quotes.length, "quote")} in this document`),
      el("ul", { class: "quotes" }, doc.quotes.map(quoteItem))) : null,
    doc.removed.length ? el("details", { class: "removed" }, el("summary", {}, `${plural(doc.removed.length, "boilerplate line")} removed`),
      el("ul", {}, doc.removed.map((line) => el("li", {}, line)))) : null,
  );
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

// Spans may end in the paragraph break after a sentence; the highlight should not.
function trimmedSpan(text, start, end) {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return [start, end];
}

function meta(label, value) {
  return value ? [el("dt", {}, label), el("dd", {}, value)] : null;
}

// --- search --------------------------------------------------------------------------------

async function renderSearch(_, params) {
  const outlets = await api("/api/outlets");
  const form = filterForm("/search", params, [
    ["mode", "Mode", "select", [["hybrid", "full text + meaning"], ["text", "full text"], ["semantic", "meaning"]]],
    ["actor", "Actor", "actor"],
    ["outlet", "Outlet", "select", [["", "any outlet"], ...outlets.map((o) => [o, o])]],
    ["since", "Since", "date"], ["until", "Until", "date"],
  ], el("label", { class: "field query" }, el("span", {}, "Search"),
    el("input", { type: "search", name: "q", value: params.get("q") || "", placeholder: "e.g. Donetsk, ceasefire talks", required: true })));
  const results = el("div", { class: "results" });
  show(el("h1", {}, "Search"), form, results);
  const q = params.get("q");
  if (!q) { appendAll(results, muted("Full-text and semantic search over every sentence of every article.")); return; }
  appendAll(results, muted("Searching…"));
  const query = new URLSearchParams(params);
  const found = await api(`/api/search?${query}`);
  clear(results);
  if (!found.results.length) { appendAll(results, muted(`Nothing found for “${q}”.`)); return; }
  appendAll(results, el("ol", { class: "hits" }, found.results.map((hit) => el("li", { class: "hit" },
    el("div", { class: "source-line" }, [hit.label || hit.title || `document ${hit.doc}`, hit.outlet, hit.date].filter(Boolean).join(" · "),
      " ", badge(hit.match, "match"), " · ", spanLink(hit.doc, hit.start, hit.end)),
    el("p", {}, highlightTerms(hit.text, q))))));
}

// The passage with the query's words marked; the text itself still goes in as text nodes.
function highlightTerms(text, query) {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 2);
  if (!words.length) return [text];
  const parts = [];
  const lower = text.toLowerCase();
  let i = 0;
  while (i < text.length) {
    let next = -1, word = "";
    for (const w of words) {
      const at = lower.indexOf(w, i);
      if (at !== -1 && (next === -1 || at < next)) { next = at; word = w; }
    }
    if (next === -1) { parts.push(text.slice(i)); break; }
    parts.push(text.slice(i, next), el("mark", {}, text.slice(next, next + word.length)));
    i = next + word.length;
  }
  return parts;
}

// --- ingest --------------------------------------------------------------------------------

function renderIngest() {
  const status = el("section", { class: "job", id: "job" });
  const pasteForm = el("form", { class: "ingest" },
    el("h2", {}, "Paste an article"),
    el("label", {}, el("span", {}, "Text"), el("textarea", { name: "text", rows: 10, required: true })),
    el("div", { class: "row" },
      el("label", {}, el("span", {}, "Title"), el("input", { name: "title" })),
      el("label", {}, el("span", {}, "Outlet"), el("input", { name: "outlet" })),
      el("label", {}, el("span", {}, "Published"), el("input", { name: "published", type: "date" }))),
    el("button", { type: "submit" }, "Add article"));
  pasteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(pasteForm)].filter(([, v]) => v));
    startJob(status, "/api/ingest/text", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(data) })
      .then((started) => { if (started) pasteForm.reset(); });
  });
  const fileForm = el("form", { class: "ingest" },
    el("h2", {}, "Upload files"),
    el("p", { class: "muted" }, "Text, HTML, JSONL, RSS/Atom or WARC files (20 MB in all)."),
    el("input", { type: "file", name: "files", multiple: true, required: true }),
    el("button", { type: "submit" }, "Upload"));
  fileForm.addEventListener("submit", (event) => {
    event.preventDefault();
    startJob(status, "/api/ingest/files", { method: "POST", body: new FormData(fileForm) });
  });
  const urlForm = el("form", { class: "ingest" },
    el("h2", {}, "Fetch a URL or feed"),
    el("input", { type: "url", name: "url", placeholder: "https://…", required: true }),
    el("button", { type: "submit" }, "Fetch"));
  urlForm.addEventListener("submit", (event) => {
    event.preventDefault();
    startJob(status, "/api/ingest/url", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ url: new FormData(urlForm).get("url") }) });
  });
  show(el("h1", {}, "Add articles"), status, pasteForm, fileForm, urlForm);
}

async function startJob(status, path, options) {
  appendAll(clear(status), muted("Sending…"));
  try {
    const job = await api(path, options);
    pollJob(status, job.id);
    return true;
  } catch (error) {
    appendAll(clear(status), el("p", { class: "error" }, error.message));
    return false;
  }
}

async function pollJob(status, id) {
  let job;
  try {
    job = await api(`/api/jobs/${encodeURIComponent(id)}`);
  } catch (error) {
    appendAll(clear(status), el("p", { class: "error" }, error.message));
    return;
  }
  appendAll(clear(status), jobStatus(job));
  if (job.state === "queued" || job.state === "running") {
    state.pollTimer = setTimeout(() => pollJob(status, id), 700);
  } else {
    state.names = null;  // new documents may bring new actors
  }
}

function jobStatus(job) {
  const progress = el("progress", { max: Math.max(job.total, 1) });
  if (job.total) progress.value = job.processed;
  return [
    el("p", { class: `job-state ${job.state}` }, `Job ${job.id}: ${job.state} (${job.stage})`),
    progress,
    el("p", {}, `${job.processed} of ${job.total || "?"} read · ${job.new} new · ${job.duplicate} already known · ${job.failed} failed`),
    job.errors.length ? el("ul", { class: "errors" }, job.errors.map((e) => el("li", {}, e))) : null,
    job.new_ids.length ? el("p", {}, "New: ", job.new_ids.map((id, i) => [i ? ", " : "", link(`/documents/${encodeURIComponent(id)}`, id)])) : null,
    job.state === "done" ? el("p", {}, link("/timeline", "See the timeline →")) : null,
  ];
}
