import { mergeHeaders, type HeadersOptions } from "openapi-fetch";

/**
 * The headers every request of a client starts from: `User-Agent: specfirst/<version>` (or the
 * caller's `userAgent`), then the caller's own `headers`, which win.
 *
 * Not in browsers: there the browser sends its own User-Agent, Chromium drops ours anyway, and a
 * header that is not CORS-safelisted would make every cross-origin call send a preflight first.
 * Browsers (and jsdom) say "Mozilla/…"; Node ≥ 21, Deno, Bun and edge runtimes say their own name.
 */
export function baseHeaders(version: string, userAgent: string | false | undefined, headers: HeadersOptions | undefined): HeadersOptions | undefined {
  const agent = userAgent ?? `specfirst/${version}`;
  if (agent === false || agent === "" || inBrowser()) return headers;
  // A plain object when it is all there is: openapi-fetch merges it into every request, and a Headers is slower to read.
  return headers === undefined ? { "User-Agent": agent } : mergeHeaders({ "User-Agent": agent }, headers);
}

function inBrowser(): boolean {
  const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  return typeof agent === "string" && agent.startsWith("Mozilla/");
}
