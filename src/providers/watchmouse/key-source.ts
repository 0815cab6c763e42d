import { AUTHENTICATION_ERROR, SESSION_EXPIRED } from "./codes.js";
import type { Envelope } from "./envelope.js";
import type { CallOptions } from "../../core/options.js";
import type { Waiter } from "../../internal/shared-flight.js";

/**
 * Where the `nkey` of each call comes from: a session (user + API password), a permanent token, or
 * the anonymous key the API hands out. The middleware asks the source; the source owns the key.
 */
export interface KeySource {
  /** The key to send; undefined sends none; an envelope is a failed login, returned as the call's error. The caller stops waiting when its signal aborts (read only if it has to wait). */
  key(waiter: Waiter): Promise<string | undefined | Envelope>;
  /**
   * The API refused `stale` (1000 or 1008): a fresh key, one login shared by every caller that
   * saw the same key refused. Sources without it treat a refusal as final.
   */
  renew?(stale: string, waiter: Waiter): Promise<string | Envelope>;
  /** Every answer to a call the source supplied a key for: activity, and cookies to learn from. */
  answered?(sent: string | undefined, response: Response, envelope: Envelope | undefined): void;
  /** The key held now, to redact from errors and logs. */
  current?(): string | undefined;
  /** Ends what the source holds (the session) with a call of these options; the client still works afterwards. */
  end(options?: CallOptions): Promise<void>;
}

/** Codes that mean "this key is not (or no longer) valid": log in again and retry once. */
export const KEY_REFUSED: ReadonlySet<number> = new Set([AUTHENTICATION_ERROR, SESSION_EXPIRED]);
