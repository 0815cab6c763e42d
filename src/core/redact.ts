/** Query parameters, headers and JSON keys that carry credentials or signatures in one provider or another. */
const SENSITIVE_NAMES = ["apikey", "api_key", "sig", "signature", "nkey", "password", "passwd", "apipasswd", "secret", "key", "token", "hmac2", "authorization"];
const SENSITIVE_PAIR = new RegExp(`\\b(${SENSITIVE_NAMES.join("|")})(["']?\\s*[=:]\\s*["']?)([^&\\s"',;]+)`, "gi");
const SENSITIVE_KEY = new RegExp(`^(${SENSITIVE_NAMES.join("|")})$`, "i");
const REDACTED = "[redacted]";

export type Redactor = (text: string) => string;

/**
 * Removes secrets from text meant for people (error messages, debug logs): the given values
 * wherever they appear (also percent-encoded), and the value of any sensitive `name=value` /
 * `"name": "value"` pair.
 */
export function createRedactor(secrets: () => readonly (string | undefined)[]): Redactor {
  return (text) => removeValues(text, secrets()).replace(SENSITIVE_PAIR, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`);
}

/** Only the given values (also percent-encoded) replaced: for answers a user asked for, where a sensitive-looking name may hold what they wanted (a new key). */
export function removeValues(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const values = secrets.filter((s): s is string => typeof s === "string" && s.length >= 3).sort((a, b) => b.length - a.length);
  for (const value of values) {
    out = out.split(value).join(REDACTED);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) out = out.split(encoded).join(REDACTED);
  }
  return out;
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
