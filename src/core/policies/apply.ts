import type { Client } from "openapi-fetch";
import { findOperation, type OperationTable } from "../operations.js";
import type { CallInit, CallResult, Prepare, Settle } from "../strategy.js";
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

export interface PolicyHooks {
  provider: string;
  redact: Redactor;
  /** Provider-specific answers that mean "slow down and retry" (Mashery's QPS 403…). */
  isThrottled?: (result: CallResult) => boolean;
  /** Run in order before every attempt (bound parameters, then the auth strategy's). */
  prepare?: readonly (Prepare | undefined)[];
  /** Runs on each attempt's result before the retry decision (the auth strategy's). */
  settle?: Settle;
  /** Tests replace the clock. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"] as const;
const REPEATABLE_METHODS = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

type Send = (path: string, init?: Record<string, unknown>) => Promise<CallResult>;

/**
 * Wraps the client's methods (and `request(method, …)`) so that each call gets its prepared
 * inputs, timeouts and, for operations that are safe to repeat, retries. A retry runs the whole
 * openapi-fetch call again, middleware included, so every attempt is signed afresh (new
 * timestamp, nonce, signature).
 */
export function applyPolicies<C extends Client<any>>(client: C, table: OperationTable, clientOptions: PolicyOptions, hooks: PolicyHooks): C {
  const policy = { table, clientOptions, hooks, prepare: (hooks.prepare ?? []).filter((p): p is Prepare => p !== undefined) };
  const wrapped = client as unknown as Record<string, unknown>;
  for (const method of METHODS) {
    const original = client[method].bind(client) as Send;
    wrapped[method] = (path: string, init?: Record<string, unknown>) => callWithPolicies(original, method, path, init ?? {}, policy);
  }
  const request = client.request.bind(client) as (method: string, path: string, init?: Record<string, unknown>) => Promise<CallResult>;
  wrapped.request = (method: string, path: string, init?: Record<string, unknown>) => {
    const upper = method.toUpperCase();
    return callWithPolicies((p, i) => request(upper, p, i), upper, path, init ?? {}, policy);
  };
  return client;
}

interface Policy {
  table: OperationTable;
  clientOptions: PolicyOptions;
  hooks: PolicyHooks;
  prepare: readonly Prepare[];
}

async function callWithPolicies(send: Send, method: string, path: string, init: Record<string, unknown>, policy: Policy): Promise<CallResult> {
  const { clientOptions, hooks } = policy;
  const { retry: callRetry, timeoutMs: callTimeout, attemptTimeoutMs: callAttemptTimeout, debug: callDebug, signal: callerSignal, ...rest } = init as PolicyOptions & { signal?: AbortSignal };
  const operation = findOperation(policy.table, method, path);
  const repeatable = operation?.idempotent ?? REPEATABLE_METHODS.has(method);
  const retry = repeatable ? retrySettings(clientOptions.retry, callRetry) : undefined;
  const maxAttempts = retry ? Math.max(1, retry.maxAttempts) : 1;
  const timeoutMs = callTimeout ?? clientOptions.timeoutMs;
  const attemptTimeoutMs = callAttemptTimeout ?? clientOptions.attemptTimeoutMs;
  const name = `${hooks.provider} ${operation?.operationId ?? `${method} ${path}`}`;
  const total = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
  const sleep = hooks.sleep ?? abortableSleep;
  const debug = callDebug ?? clientOptions.debug;
  const log = debug ? (line: string) => debug(hooks.redact(`specfirst ${name}: ${line}`)) : undefined;

  for (let attempt = 1; ; attempt++) {
    const perAttempt = attemptTimeoutMs !== undefined ? AbortSignal.timeout(attemptTimeoutMs) : undefined;
    const signals = [callerSignal, total, perAttempt].filter((s): s is AbortSignal => s !== undefined);
    const started = log ? Date.now() : 0;
    let waitMs: number | undefined;
    try {
      let attemptInit: CallInit = signals.length ? { ...rest, signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : rest;
      for (const prepare of policy.prepare) attemptInit = await prepare({ method, path, operation, init: attemptInit });
      let result = await send(path, attemptInit);
      if (hooks.settle) result = await hooks.settle(result, { call: { method, path, operation, init: attemptInit }, resend: (again) => send(path, again) });
      const status = result.response.status;
      log?.(`attempt ${attempt}/${maxAttempts} → HTTP ${status} in ${Date.now() - started} ms`);
      if (attempt >= maxAttempts || !(isRetryableStatus(status) || (hooks.isThrottled?.(result) ?? false))) return result;
      const after = retryAfterMs(result.response.headers.get("retry-after"));
      if (after !== undefined && after > retry!.maxRetryAfterMs) return result;
      waitMs = after ?? backoffDelay(attempt, retry!, hooks.random);
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (total?.aborted) throw new TimeoutError("total", timeoutMs!, name);
      const attemptTimedOut = perAttempt?.aborted === true;
      if (!attemptTimedOut && !isNetworkFailure(error)) throw redactError(error, hooks.redact);
      log?.(`attempt ${attempt}/${maxAttempts} failed: ${attemptTimedOut ? "timed out" : describe(error)}`);
      if (attempt >= maxAttempts) {
        if (attemptTimedOut) throw new TimeoutError("attempt", attemptTimeoutMs!, name);
        throw toNetworkError(error, name, attempt, hooks.redact);
      }
      waitMs = backoffDelay(attempt, retry!, hooks.random);
    }
    log?.(`retrying in ${waitMs} ms`);
    try {
      await sleep(waitMs, signals.length ? AbortSignal.any([callerSignal, total].filter((s): s is AbortSignal => s !== undefined)) : undefined);
    } catch {
      if (callerSignal?.aborted) throw callerSignal.reason;
      throw new TimeoutError("total", timeoutMs!, name);
    }
  }
}

/** The call's retry options over the client's over the defaults; one attempt when either says `false`. */
function retrySettings(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): Required<RetryOptions> {
  if ((call ?? client) === false) return { ...RETRY_DEFAULTS, maxAttempts: 1 };
  return { ...RETRY_DEFAULTS, ...(client || {}), ...(call || {}) };
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
