/** How failed attempts are repeated. Every attempt goes through the whole client again, so it is signed afresh. */
export interface RetryOptions {
  /** Attempts in all, the first included. @default 3 */
  maxAttempts?: number;
  /** The first backoff ceiling; it doubles per attempt. @default 500 */
  baseDelayMs?: number;
  /** The largest backoff ceiling. @default 8000 */
  maxDelayMs?: number;
  /** A longer `retry-after-ms`/`Retry-After` than this is not waited for: the answer is returned as it is. @default 60000 */
  maxRetryAfterMs?: number;
}

export const RETRY_DEFAULTS: Readonly<Required<RetryOptions>> = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 };

/** Statuses worth another attempt of a repeatable operation: timeout, conflict, rate limit, server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base · 2^(attempt-1))). */
export function backoffDelay(attempt: number, options: Required<RetryOptions>, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** How long the server asks to wait: `retry-after-ms` (milliseconds), then `Retry-After` (seconds or an HTTP date). */
export function serverDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.round(Number(ms));
  return retryAfterMs(headers.get("retry-after"), now);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // HTTP dates (IMF-fixdate, RFC 850, asctime) start with the day name; Date.parse alone reads "-5" or "1e3" as years.
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The call's retry options over the client's over the defaults; one attempt when either says `false`. */
export function retrySettings(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): Required<RetryOptions> {
  if ((call ?? client) === false) return { ...RETRY_DEFAULTS, maxAttempts: 1 };
  return { ...RETRY_DEFAULTS, ...(client || {}), ...(call || {}) };
}
