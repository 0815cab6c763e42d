import type { Client } from "openapi-fetch";
import { findOperation, type OperationTable } from "../operations.js";
import { NetworkError, TimeoutError } from "./errors.js";
import type { Redactor } from "./redact.js";
import { backoffDelay, isRetryableStatus, RETRY_DEFAULTS, retryAfterMs, type RetryOptions } from "./retry.js";

/** Options for retries, timeouts and logging, per client and (the same names) per call. */
export interface PolicyOptions {
  /** `false` turns retries off. @default { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000 } */
  retry?: RetryOptions | false;
  /** Limit for the whole call, retries and waits included. @default none */
  timeoutMs?: number;
  /** Limit for each attempt. @default none */
  attemptTimeoutMs?: number;
  /** Receives one line per attempt; secrets are redacted. */
  debug?: (line: string) => void;
}

type Result = { data?: unknown; error?: unknown; response: Response };

export interface PolicyHooks {
  provider: string;
  redact: Redactor;
  /** Provider-specific answers that mean "slow down and retry" (Mashery's QPS 403…). */
  isThrottled?: (result: Result) => boolean;
  /** Tests replace the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;

/**
 * Wraps the client's methods so that each call gets timeouts and, for operations that are safe to
 * repeat, retries. A retry runs the whole openapi-fetch call again, middleware included, so every
 * attempt is signed afresh (new timestamp, nonce, signature).
 */
export function applyPolicies<C extends Client<any>>(client: C, table: OperationTable, clientOptions: PolicyOptions, hooks: PolicyHooks): C {
  for (const method of METHODS) {
    const original = client[method].bind(client) as (path: string, init?: Record<string, unknown>) => Promise<Result>;
    (client as Record<string, unknown>)[method] = (path: string, init: Record<string, unknown> = {}) =>
      callWithPolicies(original, method, path, init, table, clientOptions, hooks);
  }
  return client;
}

async function callWithPolicies(
  send: (path: string, init?: Record<string, unknown>) => Promise<Result>,
  method: string,
  path: string,
  init: Record<string, unknown>,
  table: OperationTable,
  clientOptions: PolicyOptions,
  hooks: PolicyHooks,
): Promise<Result> {
  const { retry: callRetry, timeoutMs: callTimeout, attemptTimeoutMs: callAttemptTimeout, debug: callDebug, signal: callerSignal, ...rest } = init as PolicyOptions & { signal?: AbortSignal };
  const retrySetting = callRetry ?? clientOptions.retry;
  const retry = retrySetting === false ? { ...RETRY_DEFAULTS, maxAttempts: 1 } : { ...RETRY_DEFAULTS, ...clientOptions.retry, ...(callRetry || {}) };
  const timeoutMs = callTimeout ?? clientOptions.timeoutMs;
  const attemptTimeoutMs = callAttemptTimeout ?? clientOptions.attemptTimeoutMs;
  const operation = findOperation(table, method, path);
  const name = `${hooks.provider} ${operation?.operationId ?? `${method} ${path}`}`;
  const repeatable = operation?.idempotent ?? ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].includes(method);
  const maxAttempts = repeatable ? Math.max(1, retry.maxAttempts) : 1;
  const total = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
  const sleep = hooks.sleep ?? abortableSleep;
  const debug = callDebug ?? clientOptions.debug;
  const log = (line: string) => debug?.(hooks.redact(`specfirst ${name}: ${line}`));

  for (let attempt = 1; ; attempt++) {
    const perAttempt = attemptTimeoutMs !== undefined ? AbortSignal.timeout(attemptTimeoutMs) : undefined;
    const signals = [callerSignal, total, perAttempt].filter((s): s is AbortSignal => s !== undefined);
    const started = Date.now();
    let waitMs: number | undefined;
    try {
      const result = await send(path, { ...rest, ...(signals.length ? { signal: AbortSignal.any(signals) } : {}) });
      const status = result.response.status;
      log(`attempt ${attempt}/${maxAttempts} → HTTP ${status} in ${Date.now() - started} ms`);
      const retryable = isRetryableStatus(status) || (hooks.isThrottled?.(result) ?? false);
      if (!retryable || attempt >= maxAttempts) return result;
      const after = retryAfterMs(result.response.headers.get("retry-after"));
      if (after !== undefined && after > retry.maxRetryAfterMs) return result;
      waitMs = after ?? backoffDelay(attempt, retry, hooks.random);
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (total?.aborted) throw new TimeoutError("total", timeoutMs!, name);
      const attemptTimedOut = perAttempt?.aborted === true;
      if (!attemptTimedOut && !isNetworkFailure(error)) throw redactError(error, hooks.redact);
      log(`attempt ${attempt}/${maxAttempts} failed: ${attemptTimedOut ? "timed out" : describe(error)}`);
      if (attempt >= maxAttempts) {
        if (attemptTimedOut) throw new TimeoutError("attempt", attemptTimeoutMs!, name);
        throw toNetworkError(error, name, attempt, hooks.redact);
      }
      waitMs = backoffDelay(attempt, retry, hooks.random);
    }
    log(`retrying in ${waitMs} ms`);
    try {
      await sleep(waitMs, signals.length ? AbortSignal.any([callerSignal, total].filter((s): s is AbortSignal => s !== undefined)) : undefined);
    } catch {
      if (callerSignal?.aborted) throw callerSignal.reason;
      throw new TimeoutError("total", timeoutMs!, name);
    }
  }
}

function describe(error: unknown): string {
  const err = error as { message?: string; cause?: { code?: string; message?: string } };
  return [err?.message, err?.cause?.code ?? err?.cause?.message].filter(Boolean).join(": ") || String(error);
}

/** fetch rejects with a TypeError carrying the socket error as `cause` (undici), or "Failed to fetch" (browsers). */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && ((error as { cause?: unknown }).cause !== undefined || /fetch|network/i.test(error.message));
}

/** Our own errors (a missing credential, a body that is not JSON) go to the caller as they are, minus secrets. */
function redactError(error: unknown, redact: Redactor): unknown {
  if (!(error instanceof Error)) return error;
  error.message = redact(error.message);
  if (typeof error.stack === "string") error.stack = redact(error.stack);
  redactProperties(error, redact, 0, new Set());
  return error;
}

/** Strings anywhere in the error's own enumerable properties (a quoted URL, headers, a cause), in place. */
function redactProperties(value: object, redact: Redactor, depth: number, seen: Set<object>): void {
  if (depth > 4 || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (value instanceof Error && !keys.includes("cause") && value.cause !== undefined) keys.push("cause");
  for (const key of keys) {
    const item = record[key];
    try {
      if (typeof item === "string") record[key] = redact(item);
      else if (item instanceof Error) {
        item.message = redact(item.message);
        if (typeof item.stack === "string") item.stack = redact(item.stack);
        redactProperties(item, redact, depth + 1, seen);
      } else if (item !== null && typeof item === "object" && (Array.isArray(item) || Object.getPrototypeOf(item) === Object.prototype)) {
        redactProperties(item, redact, depth + 1, seen);
      }
    } catch {
      // A read-only property: leave it.
    }
  }
}

function toNetworkError(error: unknown, name: string, attempts: number, redact: Redactor): Error {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return new NetworkError(redact(`${name}: no answer after ${attempts} attempt${attempts === 1 ? "" : "s"} (${describe(error)})`), name, attempts, code);
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
