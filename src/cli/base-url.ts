import { UsageError } from "./usage-error.js";

/**
 * The first base URL given, by precedence (flag, variable, credential file), checked before any
 * request: an http(s) URL without a user name or password. Errors name where the value came from.
 * Trailing slashes are dropped.
 */
export function pickBaseUrl(candidates: readonly (readonly [value: string | undefined, where: string])[]): string | undefined {
  for (const [value, where] of candidates) {
    if (value === undefined || value === "") continue;
    checkBaseUrl(value, where);
    return value.replace(/\/+$/, "");
  }
  return undefined;
}

export function checkBaseUrl(value: string, where: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${where} is not a URL: "${value}" (expected e.g. https://api.example.com)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new UsageError(`${where} must be an http or https URL, not ${url.protocol}`);
  // Never echo it: the user name and password are the secret part.
  if (url.username || url.password) throw new UsageError(`${where} must not hold a user name or password (credentials go in the provider's variables or file)`);
}
