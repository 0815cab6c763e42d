import { Deadline } from "../internal/deadline.js";
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
import { redactorFor, type Redactor } from "./redact.js";
import { backoffDelay, isRetryableStatus, retrySettings, serverDelayMs, type RetryOptions } from "./retry.js";
import type { AuthStrategy, CallInit, CallResult, PendingCall, SendAttempt } from "./strategy.js";
import { where, type RequestContext, type createTransport } from "./transport.js";

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

/** The per-call options the loop takes out of a call's inputs before openapi-fetch sees them. */
const CALL_OPTIONS = ["retry", "timeoutMs", "attemptTimeoutMs", "debug", "signal"] as const;

/**
 * The one call loop. For each attempt: the strategy's `around` (if any) → `prepare` → openapi-fetch
 * builds the request → the transport signs and sends it. Then one retry decision: repeat only
 * reads and idempotent changes on 408/409/429/5xx or a lost connection, and anything the strategy
 * calls throttled; wait as the server asks (`retry-after-ms`, `Retry-After`) or with backoff.
 * The call's deadline (total timeout, caller's abort) rejects the call at once, whatever step it is in.
 *
 * Allocation is what a call costs beyond its I/O (ADR 6), so one Call object serves as the
 * strategy's view of the call, the transport's context and the loop's state.
 */
export function runCall(core: ClientCore, send: OpenApiSend, method: string, path: string, init: CallInit & CallOptions, sent?: SentReport): Promise<CallResult> {
  return new Promise((resolve, reject) => {
    const call = new Call(core, method, path, init, reject);
    // After a timeout or abort, reject was called first and what the attempts end with is ignored.
    attempts(core, send, call).then(sent ? (result) => (sent(call.request), resolve(result)) : resolve, reject);
  });
}

/** Receives the last request a call sent, for helpers that build errors from its result. */
export type SentReport = (request: Request | undefined) => void;

/**
 * One call: what the strategy sees (PendingCall), what the transport knows (RequestContext), and the
 * loop's settings. A class, so every call has the same shape and `signal` is a getter on the
 * prototype (a getter in an object literal made every call about 9 µs slower).
 */
class Call implements PendingCall, RequestContext {
  readonly provider: string;
  readonly label: string;
  readonly init: CallInit;
  readonly baseUrl: string;
  readonly anonymous: boolean;
  readonly log: ((line: string) => void) | undefined;
  /** The last request sent and answer received, set by the transport. */
  request: Request | undefined = undefined;
  response: Response | undefined = undefined;
  readonly retry: Required<RetryOptions>;
  readonly cancellable: boolean;
  readonly deadline: Deadline;
  readonly repeatable: boolean;
  readonly attemptTimeoutMs: number | undefined;
  /** The current attempt's signal, when there is one. */
  fetchSignal: AbortSignal | undefined = undefined;
  /** Which attempt of the call is being sent (1 for the first). */
  attempt = 1;

  constructor(
    core: ClientCore,
    readonly method: string,
    readonly path: string,
    init: CallInit & CallOptions,
    reject: (reason: unknown) => void,
  ) {
    const { options } = core;
    this.provider = core.provider;
    this.label = `${method} ${path}`;
    this.init = pathParams(withoutCallOptions(init), path, core.bound, core.provider, this.label);
    this.baseUrl = (this.init.baseUrl as string | undefined) ?? options.baseUrl ?? serverFor(core.table, path);
    this.anonymous = core.anonymous.has(this.label);
    const debug = init.debug ?? options.debug;
    this.log = debug ? (line: string) => debug(core.redact(`specfirst ${core.provider}: ${line}`)) : undefined;
    this.retry = init.retry === undefined ? core.retry : retrySettings(options.retry, init.retry);
    // Handing fetch a signal costs about as much as the rest of the client (ADR 6): only when the
    // caller asked for cancellation or a limit of their own. The default limit still ends the call
    // on time; the runtime's own limits then close the abandoned connection.
    this.cancellable = init.signal !== undefined || init.timeoutMs !== undefined || options.timeoutMs !== undefined;
    const timeoutMs = init.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.deadline = new Deadline(timeoutMs, this.cancellable, () => new TimeoutError("total", timeoutMs, where(this)), reject, init.signal);
    this.repeatable = (core.table.effects[this.label] ?? defaultEffect(method)) !== "write";
    this.attemptTimeoutMs = init.attemptTimeoutMs ?? options.attemptTimeoutMs;
  }

  /** Created on first use: most calls never need it. */
  get signal(): AbortSignal {
    return this.deadline.signal;
  }
}

/** The inputs openapi-fetch gets: the caller's, without the loop's own options (copied only when there are some). */
function withoutCallOptions(init: CallInit & CallOptions): CallInit {
  if (!CALL_OPTIONS.some((name) => name in init)) return init;
  const rest: CallInit = { ...init };
  for (const name of CALL_OPTIONS) delete rest[name];
  return rest;
}

/** The call with other inputs (a strategy's around chose them); its signal is still made only on use. */
function withInit(call: Call, init: CallInit): PendingCall {
  return {
    method: call.method,
    path: call.path,
    anonymous: call.anonymous,
    baseUrl: call.baseUrl,
    init,
    get signal() {
      return call.signal;
    },
  };
}

async function attempts(core: ClientCore, send: OpenApiSend, call: Call): Promise<CallResult> {
  const { strategy } = core;
  const { deadline, retry } = call;
  const maxAttempts = Math.max(1, retry.maxAttempts);
  const fetch = (request: Request) => core.transport(request, call);
  const sendOnce: SendAttempt = (attemptInit) => {
    // The call already ended (timeout, abort): nothing more is sent.
    if (deadline.reason !== undefined) return Promise.reject(deadline.reason);
    const prepared = strategy.prepare ? strategy.prepare(attemptInit === call.init ? call : withInit(call, attemptInit)) : attemptInit;
    // Copied key by key, not spread: inputs come in many shapes (strategies build their own), and
    // spreading them took the engine's slow path, about 3 µs per call.
    const options: Record<string, unknown> = {};
    for (const key in prepared) options[key] = prepared[key];
    options.baseUrl = call.baseUrl;
    options.redirect = "manual";
    options.signal = call.fetchSignal;
    options.Request = core.requestClass();
    options.fetch = fetch;
    return send(call.path, options);
  };
  try {
    for (let attempt = 1; ; attempt++) {
      call.attempt = attempt;
      const attemptSignal = call.attemptTimeoutMs !== undefined ? AbortSignal.timeout(call.attemptTimeoutMs) : undefined;
      call.fetchSignal = call.cancellable ? (attemptSignal ? AbortSignal.any([deadline.signal, attemptSignal]) : deadline.signal) : attemptSignal;
      call.response = undefined;
      let waitMs: number;
      try {
        const result = await (strategy.around ? strategy.around(call, sendOnce) : sendOnce(call.init));
        if (attempt >= maxAttempts || !(strategy.throttled?.(result) || (call.repeatable && isRetryableStatus(result.response.status)))) return result;
        const asked = serverDelayMs(result.response.headers);
        if (asked !== undefined && asked > retry.maxRetryAfterMs) return result;
        waitMs = asked ?? backoffDelay(attempt, retry, core.random);
      } catch (error) {
        if (deadline.reason !== undefined) throw deadline.reason;
        if (error instanceof SpecfirstError) throw error;
        const redact = redactorFor(core.redact, call.request);
        // Set by the transport when an answer came (TypeScript cannot see that write).
        const response = call.response as Response | undefined;
        if (error instanceof SyntaxError && response) {
          throw new InvalidResponseError(response.status, response.headers.get("content-type") ?? undefined, { ...where(call), cause: redactError(error, redact) });
        }
        const attemptTimedOut = attemptSignal?.aborted === true;
        if (!attemptTimedOut && !isNetworkFailure(error)) throw redactError(error, redact);
        if (!call.repeatable || attempt >= maxAttempts) {
          if (attemptTimedOut) throw new TimeoutError("attempt", call.attemptTimeoutMs!, where(call));
          throw networkError(error, where(call), attempt, redact);
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
