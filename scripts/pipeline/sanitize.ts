// The docs page shows text written in the spec. Redoc renders every description as Markdown with raw
// HTML allowed, so a spec could script the page (an entity-encoded iframe srcdoc, a `javascript:`
// link). Before the page is built, each description is checked with marked: plain Markdown (no HTML,
// no `<` outside code, links only http(s), mailto or to the page itself) stays as written; anything
// else is rendered to HTML, cleaned by sanitize-html (an allow-list: no script, style, iframe,
// object, form, image, event handler; links only http(s), mailto or relative) and given to Redoc as
// one HTML block, which Markdown passes through as it is. Headings stay Markdown (as plain text) so
// that Redoc still lists them in its menu. Server descriptions are left alone: Redoc shows them as
// plain text. Link fields Redoc turns into <a href> (externalDocs, contact, license, OAuth URLs…)
// must be http(s) or mailto: any other is dropped from the page. The page's Content-Security-Policy
// (csp.ts) stands behind this, should Redoc's Markdown read a text differently from marked.
import { Marked, type Token, type TokensList } from "marked";
import sanitizeHtml from "sanitize-html";
import type { OpenApiDocument } from "./bundle.js";

const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "del"],
  allowedAttributes: { a: ["href", "title"], ol: ["start"], td: ["align"], th: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // The HTML goes out as one line (a blank line would end Redoc's HTML block): a line break in code
  // becomes <br>, which Redoc keeps inside <pre>; anywhere else it is a space.
  textFilter: (text, tag) => text.replace(/\r\n?|\n/g, tag === "code" || tag === "pre" ? "<br>" : " "),
};
const TEXT_ONLY: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

const markdown = new Marked({ gfm: true, async: false });

/** A link Markdown may keep: http(s), mailto, or a place on the page, with nothing that could be decoded into another scheme. */
const PLAIN_LINK = /^(?:https?:\/\/|mailto:|#|\/(?!\/))[^\s&\\%<>"'`]*$/i;

/** Markdown (with any HTML in it) as Markdown that shows the same text and runs nothing. */
export function sanitizeMarkdown(source: string): string {
  const tokens = markdown.lexer(source);
  if (isPlainMarkdown(tokens)) return source;
  const blocks: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    const html = run.length ? sanitizeHtml(markdown.parser(Object.assign(run, { links: tokens.links }) as TokensList), SAFE_HTML).replace(/[\r\n]+/g, " ").replace(/<br><\/code>/g, "</code>").trim() : "";
    if (html) blocks.push(`<div>${html}</div>`);
    run = [];
  };
  for (const token of tokens) {
    if (token.type !== "heading") {
      run.push(token);
      continue;
    }
    flush();
    blocks.push(`${"#".repeat(token.depth)} ${plainText(markdown.parseInline(token.text) as string)}`);
  }
  flush();
  return blocks.join("\n\n");
}

/** No HTML, no image, no `<` in text, and only plain links: nothing for the sanitiser to take out. */
function isPlainMarkdown(tokens: TokensList): boolean {
  let plain = true;
  markdown.walkTokens(tokens, (token) => {
    if (token.type === "html" || token.type === "image") plain = false;
    else if (token.type === "link" && !PLAIN_LINK.test(token.href)) plain = false;
    else if ((token.type === "text" || token.type === "escape") && !("tokens" in token && token.tokens?.length) && /</.test(token.raw)) plain = false;
  });
  return plain;
}

/** HTML as text in which no character is Markdown or HTML syntax (punctuation as character references). */
function plainText(html: string): string {
  return sanitizeHtml(html, TEXT_ONLY)
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" })[entity]!)
    .replace(/[\r\n]+/g, " ")
    .replace(/[!-/:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Keywords whose values are data shown as JSON (example values), not text rendered as Markdown. */
const DATA = new Set(["example", "default", "const", "enum", "value", "x-codeSamples"]);
/** Keywords whose value maps names (of schemas, media types, status codes…) to objects. */
const NAMES = new Set([
  "paths", "webhooks", "schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links",
  "callbacks", "pathItems", "content", "encoding", "properties", "patternProperties", "$defs", "definitions",
  "dependentSchemas", "dependentRequired", "mapping", "variables",
]);
/** Keywords whose value maps names to Markdown text. */
const NAMED_TEXT = new Set(["scopes"]);
/** Keywords whose string value Redoc shows as a link. */
const LINK = /^(url|href|termsOfService|authorizationUrl|tokenUrl|refreshUrl|openIdConnectUrl)$/;

/** A copy of `spec` whose descriptions are sanitised Markdown and whose links are http(s) or mailto. */
export function sanitizeForDocs(spec: OpenApiDocument): OpenApiDocument {
  return clean(spec, false) as OpenApiDocument;
}

function clean(node: unknown, names: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => clean(item, false));
  if (!node || typeof node !== "object") return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (names) result[key] = clean(value, false);
    else if (key === "servers" && Array.isArray(value)) result[key] = value.map(({ description, ...server }) => ({ ...(clean(server, false) as object), ...(description === undefined ? {} : { description }) }));
    else if (DATA.has(key) || (key === "examples" && Array.isArray(value))) result[key] = value;
    else if (key === "description" && typeof value === "string") result[key] = sanitizeMarkdown(value);
    else if (LINK.test(key) && typeof value === "string") {
      if (isSafeLink(value)) result[key] = value;
    } else if (NAMED_TEXT.has(key) && value && typeof value === "object") {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, text]) => [name, typeof text === "string" ? sanitizeMarkdown(text) : clean(text, false)]));
    } else result[key] = clean(value, NAMES.has(key) || key === "examples");
  }
  return result;
}

function isSafeLink(url: string): boolean {
  try {
    return ["http:", "https:", "mailto:"].includes(new URL(url.trim(), "https://relative.invalid/").protocol);
  } catch {
    return false;
  }
}
