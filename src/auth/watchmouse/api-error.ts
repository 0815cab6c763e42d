import type { Envelope } from "./envelope.js";

/**
 * A failed call made by the client's own helpers (credits(), logout()), which have no `{ error }`
 * result to return. The message holds the API's code and texts, never a key or password.
 */
export class WatchMouseApiError extends Error {
  override readonly name = "WatchMouseApiError";
  readonly code: number;

  constructor(
    call: string,
    readonly envelope: Envelope,
  ) {
    super(`WatchMouse ${call} failed with code ${envelope.code}${envelope.error ? ` (${envelope.error})` : ""}${envelope.info ? `: ${envelope.info}` : ""}`);
    this.code = envelope.code;
  }
}
