import type { KeySource } from "./key-source.js";

/**
 * Anonymous use: the API assigns a key bound to the caller's address and hands it out as the
 * `nkey` cookie. The client keeps it and sends it back as the `nkey` parameter (a Cookie header
 * cannot be set from browser code; where Set-Cookie is hidden, as in browsers, the API
 * recognises the address anyway).
 */
export function createAnonymousKey(): KeySource {
  let nkey: string | undefined;
  return {
    key: async () => nkey,
    current: () => nkey,
    answered(_sent, response) {
      nkey = cookie(response, "nkey") ?? nkey;
    },
    async end() {
      nkey = undefined;
    },
  };
}

function cookie(response: Response, name: string): string | undefined {
  const headers = response.headers.getSetCookie?.() ?? [];
  for (const header of headers) {
    const [pair = ""] = header.split(";");
    const separator = pair.indexOf("=");
    if (separator > 0 && pair.slice(0, separator).trim() === name) return decoded(pair.slice(separator + 1).trim());
  }
  return undefined;
}

/** A cookie value as sent, percent-decoded; a malformed one is ignored rather than thrown on every later call. */
function decoded(value: string): string | undefined {
  try {
    const text = decodeURIComponent(value);
    return /^[\x21-\x7e]{1,256}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
