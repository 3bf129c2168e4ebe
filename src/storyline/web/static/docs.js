// The API reference, drawn from /openapi.json by this script alone (no CDN, works offline).
// GET operations can be tried in place; the response is shown as text.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function schemaName(schema) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map(schemaName).join(" | ");
  if (schema.type === "array") return `${schemaName(schema.items)}[]`;
  return schema.type || "object";
}

function parameterRow(parameter) {
  return el("tr", {},
    el("td", {}, el("code", {}, parameter.name), parameter.required ? " *" : ""),
    el("td", {}, parameter.in),
    el("td", {}, schemaName(parameter.schema)),
    el("td", {}, parameter.description || (parameter.schema && parameter.schema.description) || ""));
}

function tryForm(path, parameters) {
  const output = el("pre", { hidden: true });
  const inputs = parameters.map((p) => el("label", { class: "field" }, el("span", {}, p.name),
    el("input", { name: p.name, "data-in": p.in, placeholder: p.schema && p.schema.default !== undefined ? String(p.schema.default) : "" })));
  const form = el("form", {}, inputs, el("button", { type: "submit" }, "Try it"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll("input")) {
      if (!input.value) continue;
      if (input.dataset.in === "path") url = url.replace(`{${input.name}}`, encodeURIComponent(input.value));
      else query.set(input.name, input.value);
    }
    if (query.toString()) url += `?${query}`;
    output.hidden = false;
    output.textContent = `GET ${url} …`;
    const response = await fetch(url);
    const text = await response.text();
    let shown = text;
    try { shown = JSON.stringify(JSON.parse(text), null, 2); } catch (_) { /* not JSON: show as is */ }
    output.textContent = `GET ${url} → ${response.status}\n\n${shown.slice(0, 20000)}`;
  });
  return [form, output];
}

function operation(path, method, op) {
  const parameters = op.parameters || [];
  const body = op.requestBody && op.requestBody.content;
  return el("section", { class: "op", id: op.operationId || `${method}-${path}` },
    el("div", {}, el("span", { class: "method" }, method), el("span", { class: "path" }, path)),
    op.summary ? el("p", {}, op.summary) : null,
    parameters.length ? el("table", {}, el("thead", {}, el("tr", {}, ["name", "in", "type", "about"].map((h) => el("th", {}, h)))),
      el("tbody", {}, parameters.map(parameterRow))) : null,
    body ? el("p", { class: "muted" }, `Body: ${Object.entries(body).map(([type, v]) => `${type} (${schemaName(v.schema)})`).join(", ")}`) : null,
    method === "get" ? tryForm(path, parameters) : null);
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  const byTag = {};
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags && op.tags[0]) || "other";
      (byTag[tag] = byTag[tag] || []).push(operation(path, method, op));
    }
  }
  const parts = [
    el("h1", {}, `${spec.info.title} API ${spec.info.version}`),
    el("p", {}, spec.info.description || ""),
    Object.entries(byTag).map(([tag, ops]) => [el("h2", {}, tag), ops]),
    el("details", {}, el("summary", {}, "Schemas"),
      el("pre", {}, JSON.stringify((spec.components || {}).schemas || {}, null, 2))),
  ];
  root.replaceChildren(...parts.flat(Infinity));
}

document.addEventListener("DOMContentLoaded", main);
