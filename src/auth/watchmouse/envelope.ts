import { WatchMouseError } from "../../../generated/watchmouse/errors.js";
import type { components } from "../../../generated/watchmouse/schema.js";

export type Envelope = components["schemas"]["Envelope"];
export type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];

/**
 * The HTTP-like status a non-zero `code` is given, so openapi-fetch hands the envelope back as
 * `{ error }`. The live API answers every code with HTTP 200; these statuses exist only on the
 * client side and follow what the code means. Codes not listed get 400.
 */
const STATUS_OF_CODE: ReadonlyMap<number, number> = new Map([
  [WatchMouseError.AuthenticationError, 401],
  [WatchMouseError.SessionExpired, 401],
  [WatchMouseError.InsufficientCredits, 402],
  [WatchMouseError.AccountLimitExceeded, 403],
  [WatchMouseError.UpgradeAccount, 403],
  [WatchMouseError.NotYours, 403],
  [WatchMouseError.TosRestriction, 403],
  [WatchMouseError.UnconfirmedAddress, 403],
  [WatchMouseError.ContactHelpdeskFirst, 403],
  [WatchMouseError.UndefinedNameOrId, 404],
  [WatchMouseError.DuplicateEntry, 409],
]);

export function statusOfCode(code: number): number {
  return STATUS_OF_CODE.get(code) ?? 400;
}

/** The envelope in a parsed body, or undefined when the body is something else (JSONP, XML, text). */
export function asEnvelope(body: unknown): Envelope | undefined {
  return body !== null && typeof body === "object" && typeof (body as Envelope).code === "number" ? (body as Envelope) : undefined;
}

/** A failed call as openapi-fetch would return the error response below: `{ error, response }`. */
export function failed(envelope: Envelope): { error: Envelope; response: Response } {
  return { error: envelope, response: errorResponse(envelope) };
}

/** A failed call as the error response the spec documents (`4XX` → ErrorEnvelope). */
export function errorResponse(envelope: Envelope): Response {
  return new Response(JSON.stringify(envelope), {
    status: statusOfCode(envelope.code),
    headers: { "Content-Type": "application/json" },
  });
}
