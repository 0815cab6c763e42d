// The representation of a WatchMouse answer: JSONP when a valid `callback` is given, else what the
// `Accept` header asks for (it takes precedence over `view`), else `view` (json | xml), XML by default.
import type { Reply } from "../../../sandbox/reply.js";

/** A JSONP callback must be a (dotted) JavaScript identifier: anything else is never reflected. */
const CALLBACK = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,7}$/;

export function validCallback(name: string | undefined): name is string {
  return name !== undefined && CALLBACK.test(name);
}

export function represent(body: Record<string, unknown>, query: Record<string, string>, accept: string | undefined, headers: Record<string, string | string[]>): Reply {
  if (validCallback(query.callback)) return { status: 200, body: `${query.callback}(${JSON.stringify(body)});`, contentType: "application/javascript", headers };
  if (format(accept, query.view) === "json") return { status: 200, body, headers };
  return { status: 200, body: `<?xml version="1.0" encoding="UTF-8"?>\n${xml("response", body)}`, contentType: "text/xml", headers };
}

/** JSON or XML from Accept (highest q first, then order), else from view. */
function format(accept: string | undefined, view: string | undefined): "json" | "xml" {
  const ranked = (accept ?? "")
    .split(",")
    .map((part, index) => {
      const [type = "", ...parameters] = part.trim().toLowerCase().split(";");
      const q = Number(parameters.map((p) => p.trim()).find((p) => p.startsWith("q="))?.slice(2) ?? 1);
      return { type: type.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { type } of ranked) {
    if (/^(application|text)\/(.+\+)?json$/.test(type)) return "json";
    if (/^(application|text)\/(.+\+)?xml$/.test(type)) return "xml";
  }
  return view === "json" ? "json" : "xml";
}

function xml(name: string, value: unknown): string {
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xml("item", item)).join("")}</${name}>`;
  if (value !== null && typeof value === "object") return `<${name}>${Object.entries(value).map(([k, v]) => xml(safeName(k), v)).join("")}</${name}>`;
  return `<${name}>${escapeXml(String(value ?? ""))}</${name}>`;
}

/** An element name from a JSON key (keys are the API's own, but a stored rule field could be anything). */
function safeName(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) ? key : "item";
}

/**
 * What XML 1.0 forbids in a document, even escaped as a character reference: control characters
 * other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for XML content or attributes. A forbidden character becomes U+FFFD (the replacement
 * character) rather than being echoed, which would make the document not well-formed, or dropped,
 * which would hide that something was there.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
