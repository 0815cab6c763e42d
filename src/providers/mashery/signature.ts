import { InvalidRequestError } from "../../core/errors/invalid-request-error.js";
import type { CallInit } from "../../core/strategy.js";
import { md5Hex } from "../../internal/md5.js";

/**
 * Mashery V2's `sig`: lowercase hex MD5 of apikey + secret + Unix time in whole seconds, plainly
 * concatenated. The timestamp is not sent; the server tries every second within ±5 minutes of its clock.
 */
export function masherySignature(apiKey: string, secret: string, unixSeconds: number): string {
  return md5Hex(`${apiKey}${secret}${Math.floor(unixSeconds)}`);
}

/** The URL with `apikey` and a `sig` for the given instant (milliseconds, like Date.now()). */
export function signUrl(url: string, apiKey: string, secret: string, nowMs: number): string {
  const signed = new URL(url);
  signed.searchParams.set("apikey", apiKey);
  signed.searchParams.set("sig", masherySignature(apiKey, secret, nowMs / 1000));
  return signed.toString();
}

/** `apikey` and a `sig` for the current second join the query parameters before openapi-fetch builds the URL. */
export function signQuery(credentials: { apiKey: string; secret: string }, method: string, path: string, init: CallInit): CallInit {
  if (!credentials.apiKey || !credentials.secret) throw new InvalidRequestError(`mashery ${method} ${path}: Mashery needs an apiKey and a secret`, { provider: "mashery", operation: `${method} ${path}` });
  const sig = masherySignature(credentials.apiKey, credentials.secret, Date.now() / 1000);
  return { ...init, params: { ...init.params, query: { ...init.params?.query, apikey: credentials.apiKey, sig } } };
}
