import { startDeadline, type Deadline } from "../internal/deadline.js";
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
 * builds the request → the transport signs and sends it. Then one retry decision: repeat only
 * reads and idempotent changes on 408/409/429/5xx or a lost connection, and anything the strategy
 * calls throttled; wait as the server asks (`retry-after-ms`, `Retry-After`) or with backoff.
 * The call's deadline (total timeout, caller's abort) rejects the call at once, whatever step it is in.
 */
export function runCall(core: ClientCore, send: OpenApiSend, method: string, path: string, init: CallInit & CallOptions): Promise<CallResult> {
  return new Promise((resolve, reject) => {
    const { retry: callRetry, timeoutMs: callTimeout, attemptTimeoutMs: callAttemptTimeout, debug: callDebug, signal, ...rest } = init;
    const { options } = core;
    const label = `${method} ${path}`;
    const where = { provider: core.provider, operation: label };
    const inputs = pathParams(rest, path, core.bound, where);
    const retry = callRetry === undefined ? core.retry : retrySettings(options.retry, callRetry);
    const timeoutMs = callTimeout ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const debug = callDebug ?? options.debug;
    // Handing fetch a signal costs about as much as the rest of the client (ADR 6): only when the
    // caller asked for cancellation or a limit of their own. The default limit still ends the call
    // on time; the runtime's own limits then close the abandoned connection.
    const cancellable = signal !== undefined || callTimeout !== undefined || options.timeoutMs !== undefined;
    const deadline = startDeadline(timeoutMs, cancellable, () => new TimeoutError("total", timeoutMs, where), reject, signal);
    const call: Call = {
      method,
      path,
      label,
      where,
      inputs,
      retry,
      cancellable,
      deadline,
      baseUrl: (inputs.baseUrl as string | undefined) ?? options.baseUrl ?? serverFor(core.table, path),
      repeatable: (core.table.effects[label] ?? defaultEffect(method)) !== "write",
      anonymous: core.anonymous.has(label),
      attemptTimeoutMs: callAttemptTimeout ?? options.attemptTimeoutMs,
      log: debug ? (line: string) => debug(core.redact(`specfirst ${core.provider}: ${line}`)) : undefined,
    };
    attempts(core, send, call).then(
      (result) => {
        deadline.clear();
        resolve(result);
      },
      (error: unknown) => {
        deadline.clear();
        reject(error);
      },
    );
  });
}

/** One call's settings, worked out once. */
interface Call {
  method: string;
  path: string;
  label: string;
  where: { provider: string; operation: string };
  inputs: CallInit;
  retry: Required<RetryOptions>;
  cancellable: boolean;
  deadline: Deadline;
  baseUrl: string;
  repeatable: boolean;
  anonymous: boolean;
  attemptTimeoutMs: number | undefined;
  log: ((line: string) => void) | undefined;
}

async function attempts(core: ClientCore, send: OpenApiSend, call: Call): Promise<CallResult> {
  const { strategy } = core;
  const { method, path, baseUrl, anonymous, deadline, retry, where } = call;
  const maxAttempts = Math.max(1, retry.maxAttempts);
  for (let attempt = 1; ; attempt++) {
    const attemptSignal = call.attemptTimeoutMs !== undefined ? AbortSignal.timeout(call.attemptTimeoutMs) : undefined;
    const fetchSignal = call.cancellable ? (attemptSignal ? AbortSignal.any([deadline.signal, attemptSignal]) : deadline.signal) : attemptSignal;
    const context: RequestContext = { provider: core.provider, label: call.label, log: call.log, baseUrl, anonymous };
    const sendOnce: SendAttempt = (attemptInit) => {
      // The call already ended (timeout, abort): nothing more is sent.
      if (deadline.reason !== undefined) return Promise.reject(deadline.reason);
      const prepared = strategy.prepare ? strategy.prepare({ method, path, anonymous, baseUrl, init: attemptInit }) : attemptInit;
      return send(path, { ...prepared, baseUrl, redirect: "manual", signal: fetchSignal, Request: core.requestClass(), fetch: (request: Request) => core.transport(request, context) });
    };
    let waitMs: number;
    try {
      const result = await (strategy.around ? strategy.around({ method, path, anonymous, baseUrl, init: call.inputs }, sendOnce) : sendOnce(call.inputs));
      const throttled = strategy.throttled?.(result) ?? false;
      if (attempt >= maxAttempts || !(throttled || (call.repeatable && isRetryableStatus(result.response.status)))) return result;
      const asked = serverDelayMs(result.response.headers);
      if (asked !== undefined && asked > retry.maxRetryAfterMs) return result;
      waitMs = asked ?? backoffDelay(attempt, retry, core.random);
    } catch (error) {
      if (deadline.reason !== undefined) throw deadline.reason;
      if (error instanceof SpecfirstError) throw error;
      if (error instanceof SyntaxError && context.response) {
        throw new InvalidResponseError(context.response.status, context.response.headers.get("content-type") ?? undefined, { ...where, cause: redactError(error, core.redact) });
      }
      const attemptTimedOut = attemptSignal?.aborted === true;
      if (!attemptTimedOut && !isNetworkFailure(error)) throw redactError(error, core.redact);
      if (!call.repeatable || attempt >= maxAttempts) {
        if (attemptTimedOut) throw new TimeoutError("attempt", call.attemptTimeoutMs!, where);
        throw networkError(error, where, attempt, core.redact);
      }
      waitMs = backoffDelay(attempt, retry, core.random);
    }
    await sleep(waitMs, deadline.signal);
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
