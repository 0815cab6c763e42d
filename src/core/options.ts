import type { HeadersOptions } from "openapi-fetch";
import type { RetryOptions } from "./retry.js";

/** Per-call options, accepted beside params/body by GET/POST/… (and with the same names per client). */
export interface CallOptions {
  /** `false` turns retries off. @default { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 } */
  retry?: RetryOptions | false | undefined;
  /** Limit for the whole call, retries and waits included, in milliseconds. @default 60000 */
  timeoutMs?: number | undefined;
  /** Limit for each attempt. @default none (only the total limit) */
  attemptTimeoutMs?: number | undefined;
  /** Receives one line per HTTP request sent (method, redacted URL, status, time). */
  debug?: ((line: string) => void) | undefined;
  /** Aborts the call, waits included; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** Options every provider's client factory accepts besides its credentials. */
export interface ClientOptions extends Omit<CallOptions, "signal"> {
  /**
   * Sends every operation to this server (a proxy, the sandbox, an emulator).
   * @default the spec's first server, and each path's own server where the spec gives one
   */
  baseUrl?: string | undefined;
  /** The fetch implementation, e.g. to add instrumentation or a proxy dispatcher. @default globalThis.fetch */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers added to every request (they win over `userAgent`). */
  headers?: HeadersOptions | undefined;
  /**
   * The User-Agent sent outside browsers; `false` sends none (the runtime's own, e.g. `node`).
   * Browsers always send their own. @default "specfirst/<version>"
   */
  userAgent?: string | false | undefined;
}

/**
 * Why a default total timeout: a server that accepts the connection and never answers would
 * otherwise hold the caller forever. A minute covers the slowest documented report calls.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;
