/** Query parameters, headers and JSON keys that carry credentials or signatures in one provider or another. */
const SENSITIVE_NAMES = ["apikey", "api_key", "sig", "signature", "nkey", "password", "passwd", "apipasswd", "secret", "key", "token", "hmac2", "authorization"];
const SENSITIVE_PAIR = namedValuePattern(SENSITIVE_NAMES);
const SENSITIVE_KEY = new RegExp(`^(${SENSITIVE_NAMES.join("|")})$`, "i");
const REDACTED = "[redacted]";

/**
 * `name=value` and `"name": "value"` for the given names, also as servers echo them back:
 * percent-encoded (`sig%3D…`, `%22hmac2%22%3A%22…`) or JSON-escaped (`\"nkey\":\"…`). Groups:
 * the name, the separator, the value (up to a delimiter, raw or percent-encoded).
 */
export function namedValuePattern(names: readonly string[]): RegExp {
  const quote = `(?:\\\\?["']|%2[27])`;
  const separator = `(?:[=:]|%3[ad])`;
  const delimiter = `(?:[&\\s"',;\\\\]|%(?:2[0267c]|3b))`;
  const value = `(?:(?!${delimiter})(?:%[0-9a-f]{2}|[^%]))+`;
  return new RegExp(`(?:(?<![a-z0-9_])|(?<=%[0-9a-f]{2}))(${names.join("|")})(${quote}?\\s*${separator}\\s*${quote}?)(${value})`, "gi");
}

export type Redactor = (text: string) => string;

/**
 * Removes secrets from text meant for people (error messages, debug logs): the given values
 * wherever they appear (also percent-encoded), and the value of any sensitive `name=value` /
 * `"name": "value"` pair.
 */
export function createRedactor(secrets: () => readonly (string | undefined)[]): Redactor {
  return (text) => removeValues(text, secrets()).replace(SENSITIVE_PAIR, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`);
}

/**
 * Only the given values replaced, in every form a server may echo them in: for answers a user
 * asked for, where a sensitive-looking name may hold what they wanted (a new key).
 */
export function removeValues(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 3).flatMap(echoedForms);
  for (const value of [...new Set(values)].sort((a, b) => b.length - a.length)) out = out.split(value).join(REDACTED);
  return out;
}

/**
 * A value as it comes back from servers: raw, percent-encoded (either case of hex; `+` for space as
 * forms encode it) and JSON-escaped (also with `\/` and `\u00e9`-style escapes, as PHP writes JSON).
 */
function echoedForms(value: string): string[] {
  const uri = encodeURIComponent(value);
  const form = new URLSearchParams([["", value]]).toString().slice(1);
  const json = JSON.stringify(value).slice(1, -1);
  const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const php = json.replace(/\//g, "\\/").replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [value, uri, lowerHex(uri), form, lowerHex(form), json, php];
}

/**
 * The credentials a request carries under a sensitive name (its signature, key, session token), in
 * its query and headers: what a server may echo back where no name marks it (a redirect's path).
 */
export function sentCredentials(url: string, headers?: Headers): string[] {
  const values: string[] = [];
  for (const [name, value] of new URL(url).searchParams) if (SENSITIVE_KEY.test(name)) values.push(value);
  if (headers) for (const [name, value] of headers) if (SENSITIVE_KEY.test(name)) values.push(value);
  return values;
}

/** A redactor that also leaves out what `request` carried (its signature, a session key). */
export function redactorFor(redact: Redactor, request: { url: string; headers?: Headers } | undefined): Redactor {
  if (!request) return redact;
  const carried = sentCredentials(request.url, request.headers);
  return (text) => redact(removeValues(text, carried));
}

/** A copy of response headers for an error: sensitive ones blanked, the others redacted as text. */
export function redactHeaders(headers: Headers, redact: Redactor): Headers {
  const copy = new Headers();
  for (const [name, value] of headers) copy.append(name, SENSITIVE_KEY.test(name) ? REDACTED : redact(value));
  return copy;
}

/** A redacted copy of a parsed body: sensitive keys' values and known secrets in every string, to a bounded depth. */
export function redactValue(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = SENSITIVE_KEY.test(key) && item !== null && typeof item !== "object" ? REDACTED : redactValue(item, redact, depth + 1);
  return copy;
}
