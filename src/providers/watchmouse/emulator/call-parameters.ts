// A WatchMouse call's parameters: the query string on GET, and on POST the form-encoded body as
// well (the same parameters, "prefer a form POST when sending credentials"); plus the `nkey`
// cookie the API sets, which some clients replay instead of sending nkey.
import type { EmulatorRequest } from "../../../sandbox/emulator.js";

export interface CallParameters {
  query: Record<string, string>;
  /** The `nkey` cookie, when the request carries one. */
  cookieKey?: string;
  /** Why the parameters cannot be read (a POST body that is not a form). */
  problem?: string;
}

const FORM = "application/x-www-form-urlencoded";

export function callParameters(request: EmulatorRequest): CallParameters {
  const query: Record<string, string> = Object.fromEntries(request.url.searchParams);
  const cookieKey = cookie(request.headers.cookie, "nkey");
  if (request.method !== "POST" || !request.text) return { query, cookieKey };
  const type = String(request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== FORM && type !== "") return { query, cookieKey, problem: `a POST body must be ${FORM}, not ${type}` };
  // Body parameters join the query's; where both name one, the body's value wins.
  return { query: { ...query, ...Object.fromEntries(new URLSearchParams(request.text)) }, cookieKey };
}

/** One cookie's value; a malformed value is ignored. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) {
      const value = pair.slice(at + 1).trim();
      return /^[\x21-\x7e]{1,256}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}
