import { ApiError } from "../../core/errors/api-error.js";
import type { Redactor } from "../../core/redact.js";
import { redactValue } from "../../core/redact.js";
import { statusOfCode, type Envelope } from "./envelope.js";

/**
 * A failed call made by the client's own helpers (credits(), logout()), which have no `{ error }`
 * result to return. The message holds the API's code and texts; the envelope kept is redacted.
 */
export class WatchMouseApiError extends ApiError {
  declare readonly code: number;
  declare readonly envelope: Envelope;

  constructor(call: string, envelope: Envelope, redact: Redactor = (text) => text) {
    const safe = redactValue(envelope, redact) as Envelope;
    super({
      provider: "watchmouse",
      operation: `GET /${call}`,
      status: statusOfCode(envelope.code),
      body: safe,
      message: redact(`WatchMouse ${call} failed with code ${envelope.code}${envelope.error ? ` (${envelope.error})` : ""}${envelope.info ? `: ${envelope.info}` : ""}`),
    });
    this.code = envelope.code;
    this.envelope = safe;
  }
}
