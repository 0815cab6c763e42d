import { AUTHENTICATION_ERROR, SESSION_EXPIRED } from "./codes.js";

/** Every WatchMouse answer: `code` 0 is success; anything else is an error with its texts. */
export interface Envelope {
  code: number;
  error?: string;
  info?: string;
  result?: any;
  [key: string]: unknown;
}

/**
 * The HTTP-like status a non-zero `code` is given, so openapi-fetch hands the envelope back as
 * `{ error }`. The live API answers every code with HTTP 200; these statuses exist only on the
 * client side and follow what the code means. Codes not listed get 400.
 */
const STATUS_OF_CODE: ReadonlyMap<number, number> = new Map([
  [AUTHENTICATION_ERROR, 401],
  [SESSION_EXPIRED, 401],
  [1009, 402], // InsufficientCredits
  [1003, 403], // AccountLimitExceeded
  [1006, 403], // UpgradeAccount
  [1007, 403], // NotYours
  [1014, 403], // TosRestriction
  [1015, 403], // UnconfirmedAddress
  [1016, 403], // ContactHelpdeskFirst
  [1002, 404], // UndefinedNameOrId
  [1005, 409], // DuplicateEntry
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
