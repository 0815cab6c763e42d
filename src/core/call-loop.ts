import { startDeadline } from "../internal/deadline.js";
import { sleep } from "../internal/sleep.js";
import { pathParams } from "./bound-params.js";
import { defaultEffect } from "./effects.js";
import { InvalidResponseError } from "./errors/invalid-response-error.js";
import { NetworkError } from "./errors/network-error.js";
import { SpecfirstError } from "./errors/specfirst-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { serverFor, type OperationTable } from "./operations.js";
import { DEFAULT_TIMEOUT_MS, type CallOptions, type ClientOptions } from "./options.js";
import { redactError } from "./redact-error.js";
import type { Redactor } from "./redact.js";
import { backoffDelay, isRetryableStatus, retrySettings, serverDelayMs, type RetryOptions } from "./retry.js";
import type { AuthStrategy, CallInit, CallResult, SendAttempt } from "./strategy.js";
import type { RequestContext, createTransport } from "./transport.js";

/** Everything a client's calls share; built once by createProviderClient. */
export interface ClientCore {
  provider: string;
  table: OperationTable;
  options: ClientOptions;
  strategy: AuthStrategy<any>;
  redact: Redactor;
  transport: ReturnType<typeof createTransport>;
  /** Values of the bound path parameters, by parameter name. */
  bound: Record<string, unknown>;
  /** What openapi-fetch builds requests with: a DraftRequest, or a real one once the caller installed middleware. */
  requestClass(): typeof Request;
  /** The table's anonymous operations, for lookups per call. */
  anonymous: ReadonlySet<string>;
  /** The client's retry settings over the defaults (a call's own `retry` is merged per call). */
  retry: Required<RetryOptions>;
  /** Tests replace the randomness of backoff. */
  random?: () => number;
}

/** openapi-fetch's own method for this HTTP method, unwrapped. */
export type OpenApiSend = (path: string, init: Record<string, unknown>) => Promise<CallResult>;

/**
 * The one call loop. For each attempt: the strategy's `around` (if any) → `prepare` → openapi-fetch
 * builds the Request → the transport signs and sends it. Then one retry decision: repeat only
 * reads and idempotent changes on 408/409/429/5xx or a lost connection, and anything the strategy
 * calls throttled; wait as the server asks (`retry-after-ms`, `Retry-After`) or with backoff.
 * Every step races the call's deadline (total timeout, caller's abort).
 */
export async function runCall(core: ClientCore, send: OpenApiSend, method: string, path: string, init: CallInit & CallOptions): Promise<CallResult> {
  const { retry: callRetry, timeoutMs: callTimeout, attemptTimeoutMs: callAttemptTimeout, debug: callDebug, signal, ...rest } = init;
  const { options, strategy } = core;
  const label = `${method} ${path}`;
  const where = { provider: core.provider, operation: label };
  const inputs = pathParams(rest, path, core.bound, where);
  const baseUrl = (inputs.baseUrl as string | undefined) ?? options.baseUrl ?? serverFor(core.table, path);
  const repeatable = (core.table.effects[label] ?? defaultEffect(method)) !== "write";
  const anonymous = core.anonymous.has(label);
  const retry = callRetry === undefined ? core.retry : retrySettings(options.retry, callRetry);
  const maxAttempts = Math.max(1, retry.maxAttempts);
  const timeoutMs = callTimeout ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const attemptTimeoutMs = callAttemptTimeout ?? options.attemptTimeoutMs;
  const debug = callDebug ?? options.debug;
  const log = debug ? (line: string) => debug(core.redact(`specfirst ${core.provider}: ${line}`)) : undefined;
  const deadline = startDeadline(timeoutMs, () => new TimeoutError("total", timeoutMs, where), signal);
  // Handing fetch a signal costs about as much as the rest of the client (measured, docs/adr/0002):
  // only when the caller asked for cancellation or limits of their own. The default limit still
  // ends the call on time; the runtime's own limits then close the abandoned connection.
  const cancellable = signal !== undefined || callTimeout !== undefined || options.timeoutMs !== undefined;

  try {
    for (let attempt = 1; ; attempt++) {
      const attemptSignal = attemptTimeoutMs !== undefined ? AbortSignal.timeout(attemptTimeoutMs) : undefined;
      const fetchSignal = cancellable ? (attemptSignal ? AbortSignal.any([deadline.signal, attemptSignal]) : deadline.signal) : attemptSignal;
      const context: RequestContext = { provider: core.provider, label, log, baseUrl, anonymous };
      const sendOnce: SendAttempt = (attemptInit) => {
        const prepared = strategy.prepare ? strategy.prepare({ method, path, anonymous, baseUrl, init: attemptInit }) : attemptInit;
        return send(path, { ...prepared, baseUrl, redirect: "manual", signal: fetchSignal, Request: core.requestClass(), fetch: (request: Request) => core.transport(request, context) });
      };
      let waitMs: number;
      try {
        const pending = strategy.around ? strategy.around({ method, path, anonymous, baseUrl, init: inputs }, sendOnce) : sendOnce(inputs);
        const result = await Promise.race([pending, deadline.reached]);
        const throttled = strategy.throttled?.(result) ?? false;
        if (attempt >= maxAttempts || !(throttled || (repeatable && isRetryableStatus(result.response.status)))) return result;
        const asked = serverDelayMs(result.response.headers);
        if (asked !== undefined && asked > retry.maxRetryAfterMs) return result;
        waitMs = asked ?? backoffDelay(attempt, retry, core.random);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (error instanceof SpecfirstError) throw error;
        if (error instanceof SyntaxError && context.response) {
          throw new InvalidResponseError(context.response.status, context.response.headers.get("content-type") ?? undefined, { ...where, cause: redactError(error, core.redact) });
        }
        const attemptTimedOut = attemptSignal?.aborted === true;
        if (!attemptTimedOut && !isNetworkFailure(error)) throw redactError(error, core.redact);
        if (!repeatable || attempt >= maxAttempts) {
          if (attemptTimedOut) throw new TimeoutError("attempt", attemptTimeoutMs!, where);
          throw networkError(error, where, attempt, core.redact);
        }
        waitMs = backoffDelay(attempt, retry, core.random);
      }
      await sleep(waitMs, deadline.signal);
    }
  } finally {
    deadline.clear();
  }
}

/** fetch rejects with a TypeError carrying the socket error as `cause` (undici), or "Failed to fetch" (browsers). */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && ((error as { cause?: unknown }).cause !== undefined || /fetch|network/i.test(error.message));
}

function networkError(error: unknown, where: { provider: string; operation: string }, attempts: number, redact: Redactor): NetworkError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const detail = [(error as Error)?.message, cause?.code ?? cause?.message].filter(Boolean).join(": ");
  return new NetworkError(redact(`${where.provider} ${where.operation}: no answer after ${attempts} attempt${attempts === 1 ? "" : "s"} (${detail})`), { ...where, attempts, code: cause?.code });
}
