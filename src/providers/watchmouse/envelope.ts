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

/**
 * A failed call as openapi-fetch would return the error response below: `{ error, response }`.
 * `answer` is the HTTP 200 that carried the envelope (none for a failed login).
 */
export function failed(envelope: Envelope, answer?: Response): { error: Envelope; response: Response } {
  return { error: envelope, response: errorResponse(envelope, answer) };
}

/**
 * A failed call as the error response the spec documents (`4XX` → ErrorEnvelope), with the
 * answer's headers (request ids, rate limits) and URL, so only the status tells it was re-made.
 */
function errorResponse(envelope: Envelope, answer: Response | undefined): Response {
  const headers = new Headers(answer?.headers);
  // The body is the envelope encoded again: the answer's length and encoding no longer describe it.
  headers.delete("content-length");
  headers.delete("content-encoding");
  headers.set("Content-Type", "application/json");
  const response = new Response(JSON.stringify(envelope), { status: statusOfCode(envelope.code), headers });
  // A Response made here has no URL of its own; the call's is where the envelope came from.
  if (answer?.url) Object.defineProperty(response, "url", { value: answer.url });
  return response;
}
