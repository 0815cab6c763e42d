/** Query parameters and headers that carry credentials or signatures in one provider or another. */
const SENSITIVE_NAMES = ["apikey", "api_key", "sig", "signature", "nkey", "password", "passwd", "secret", "key", "token", "hmac2", "authorization"];
const SENSITIVE_PAIR = new RegExp(`\\b(${SENSITIVE_NAMES.join("|")})(["']?\\s*[=:]\\s*["']?)([^&\\s"',;]+)`, "gi");
const REDACTED = "[redacted]";

export type Redactor = (text: string) => string;

/**
 * Removes secrets from text meant for people (error messages, debug logs): the given values
 * wherever they appear, and the value of any sensitive `name=value` / `"name": "value"` pair.
 */
export function createRedactor(secrets: () => readonly (string | undefined)[]): Redactor {
  return (text) => {
    let out = text;
    const values = secrets().filter((s): s is string => typeof s === "string" && s.length >= 3).sort((a, b) => b.length - a.length);
    for (const value of values) {
      out = out.split(value).join(REDACTED);
      const encoded = encodeURIComponent(value);
      if (encoded !== value) out = out.split(encoded).join(REDACTED);
    }
    return out.replace(SENSITIVE_PAIR, (_, name: string, separator: string) => `${name}${separator}${REDACTED}`);
  };
}
